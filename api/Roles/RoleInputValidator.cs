using RolesBoard.Api.Geography;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Money;
using RolesBoard.Scrapers.Skills;

namespace RolesBoard.Api.Roles;

/// <summary>Checks a PostRoleInput and applies it to a role: every bad part becomes a user error, none an exception.</summary>
public static class RoleInputValidator
{
    private const int MaxTitle = 200;
    private const int MaxDescription = 50_000;
    private const int MaxSkills = 50;

    public static Validation Apply(PostRoleInput input, Role role, DateTimeOffset now)
    {
        var check = new Validation();
        var title = check.RequiredText("input.title", input.Title, MaxTitle);
        var description = check.RequiredText("input.description", input.Description, MaxDescription);
        var location = check.OptionalText("input.location", input.Location, 200);
        var applyUrl = check.OptionalUrl("input.applyUrl", input.ApplyUrl);
        var skills = Skills(check, input.Skills);
        var regions = Regions(check, input.RemoteRegions);
        var country = check.OptionalCountry("input.country", input.Country, location);
        var salary = CheckSalary(check, input.Salary);
        var timeZone = Zone(check, input.TimeZone);
        if (input.MinOverlapHours is < 0 or > TimeZones.WorkdayHours)
        {
            check.Add("input.minOverlapHours", "OUT_OF_RANGE", $"minOverlapHours must be between 0 and {TimeZones.WorkdayHours} (a working day).");
        }
        var validThrough = input.ValidThrough is { } date ? DateOnly.FromDateTime(date) : (DateOnly?)null;
        if (validThrough < DateOnly.FromDateTime(now.UtcDateTime))
        {
            check.Add("input.validThrough", "IN_THE_PAST", "validThrough must be today or later.");
        }
        if (input.IdempotencyKey is { Length: > 200 })
        {
            check.Add("input.idempotencyKey", "TOO_LONG", "idempotencyKey must be at most 200 characters.");
        }
        if (!check.IsValid)
        {
            return check;
        }

        role.Title = title!;
        var (html, text) = JobAdHtml.SanitizeWithText(description!);
        role.DescriptionHtml = html;
        role.DescriptionText = Collapsed(text);
        role.Skills = skills;
        role.Location = location;
        role.Country = country;
        role.Remote = input.Remote;
        role.RemoteRegions = regions;
        role.TimeZone = timeZone;
        role.MinOverlapHours = input.MinOverlapHours;
        role.EmploymentType = input.EmploymentType;
        role.Salary = salary;
        role.SalaryMaxYearlyGbp = salary is null ? null : SalaryPeriods.ToYearlyGbp(salary.Max, salary.Currency, salary.Period);
        role.ApplyUrl = applyUrl;
        role.ValidThrough = validThrough;
        role.ExpiresAt = validThrough?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        role.SearchText = string.Join(' ', [role.Title, string.Join(' ', role.Skills), role.Location ?? "", role.DescriptionText]);
        role.UpdatedAt = now;
        return check;
    }

    private static string Collapsed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static List<string> Skills(Validation check, List<string>? raw)
    {
        var skills = (raw ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(SkillVocabulary.Default.Normalize).Distinct().ToList();
        if (skills.Count > MaxSkills)
        {
            check.Add("input.skills", "TOO_MANY", $"At most {MaxSkills} skills.");
        }
        if (skills.Any(s => s.Length > 60))
        {
            check.Add("input.skills", "TOO_LONG", "Each skill must be at most 60 characters.");
        }
        return skills;
    }

    private static List<string> Regions(Validation check, List<string>? raw)
    {
        var regions = new List<string>();
        foreach (var region in raw ?? [])
        {
            var code = Countries.Resolve(region);
            if (code is null)
            {
                check.Add("input.remoteRegions", "INVALID_REGION", $"'{region}' is not an ISO 3166 country code or \"EU\".");
            }
            else if (!regions.Contains(code))
            {
                regions.Add(code);
            }
        }
        return regions;
    }

    private static string? Zone(Validation check, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        if (!TimeZones.IsIana(raw))
        {
            check.Add("input.timeZone", "INVALID_TIME_ZONE", $"'{raw}' is not an IANA time zone such as Europe/London.");
            return null;
        }
        return raw.Trim();
    }


    private static Salary? CheckSalary(Validation check, SalaryInput? salary)
    {
        if (salary is null)
        {
            return null;
        }
        var currency = salary.Currency.Trim().ToUpperInvariant();
        if (!Currencies.IsIso4217(currency))
        {
            check.Add("input.salary.currency", "INVALID_CURRENCY", $"'{salary.Currency}' is not an ISO 4217 currency code.");
        }
        if (salary.Min < 0 || salary.Max < 0 || double.IsNaN(salary.Min) || double.IsInfinity(salary.Max) || salary.Max > 10_000_000)
        {
            check.Add("input.salary", "OUT_OF_RANGE", "Salary amounts must be between 0 and 10,000,000.");
        }
        else if (salary.Min > salary.Max)
        {
            check.Add("input.salary.min", "MIN_ABOVE_MAX", "salary.min must not be greater than salary.max.");
        }
        return new Salary(salary.Min, salary.Max, currency, salary.Period);
    }
}
