using RolesBoard.Api.Geography;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Founders.Advisers;

/// <summary>Checks an adviser's input and writes it onto the document; lists are bounded, text is trimmed.</summary>
public static class AdviserInputValidator
{
    private const int MaxListItems = 20;

    public static Validation Apply(AdviserInput input, Adviser adviser)
    {
        var check = new Validation();
        var name = check.RequiredLine("input.name", input.Name, 120);
        var email = check.RequiredEmail("input.email", input.Email);
        var bio = check.OptionalText("input.bio", input.Bio, 2000);
        var countries = Countries(check, input.Countries);
        var languages = Lowered(check, "input.languages", input.Languages);
        var topics = Lowered(check, "input.topics", input.Topics);
        if (!TimeZones.IsIana(input.TimeZone))
        {
            check.Add("input.timeZone", "INVALID_TIME_ZONE", $"'{input.TimeZone}' is not an IANA time zone such as Europe/London.");
        }
        if (input.HoursPerMonth is < 1 or > 40)
        {
            check.Add("input.hoursPerMonth", "OUT_OF_RANGE", "hoursPerMonth must be between 1 and 40.");
        }
        adviser.Name = name ?? "";
        adviser.Email = email ?? "";
        adviser.Bio = bio;
        adviser.Countries = countries;
        adviser.Languages = languages;
        adviser.Topics = topics;
        adviser.TimeZone = input.TimeZone.Trim();
        adviser.HoursPerMonth = input.HoursPerMonth;
        return check;
    }

    private static List<string> Countries(Validation check, List<string> raw)
    {
        var codes = new List<string>();
        foreach (var (text, i) in raw.Select((t, i) => (t, i)))
        {
            var code = Geography.Countries.Resolve(text);
            if (code is null or Geography.Countries.EuropeanUnion)
            {
                check.Add($"input.countries[{i}]", "INVALID_COUNTRY", $"'{text}' is not an ISO 3166 country code.");
            }
            else if (!codes.Contains(code))
            {
                codes.Add(code);
            }
        }
        if (codes.Count == 0 && check.IsValid)
        {
            check.Add("input.countries", "REQUIRED", "Name at least one country you can advise on.");
        }
        if (codes.Count > MaxListItems)
        {
            check.Add("input.countries", "TOO_MANY", $"At most {MaxListItems} countries.");
        }
        return codes;
    }

    private static List<string> Lowered(Validation check, string field, List<string> raw)
    {
        var items = raw.Select(s => s.Trim().ToLowerInvariant()).Where(s => s.Length > 0).Distinct().ToList();
        if (items.Count == 0)
        {
            check.Add(field, "REQUIRED", $"{field} must name at least one.");
        }
        if (items.Count > MaxListItems)
        {
            check.Add(field, "TOO_MANY", $"At most {MaxListItems} entries.");
        }
        if (items.Any(s => s.Length > 60))
        {
            check.Add(field, "TOO_LONG", "Each entry must be at most 60 characters.");
        }
        return items;
    }
}
