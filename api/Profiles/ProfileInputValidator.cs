using RolesBoard.Api.Geography;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Money;
using RolesBoard.Scrapers.Skills;

namespace RolesBoard.Api.Profiles;

/// <summary>Checks a ProfileInput and applies it to a profile: every bad part becomes a user error.</summary>
public static class ProfileInputValidator
{
    private const int MaxSkills = 50;
    private const int MaxListItems = 20;

    public static Validation Apply(ProfileInput input, Profile profile, DateTimeOffset now)
    {
        var check = new Validation();
        var name = check.RequiredText("input.name", input.Name, 200);
        var email = check.RequiredEmail("input.email", input.Email);
        var headline = check.OptionalText("input.headline", input.Headline, 200);
        var location = check.OptionalText("input.location", input.Location, 200);
        var skills = Skills(check, input.Skills);
        var country = check.OptionalCountry("input.country", input.Country, location);
        var floor = Floor(check, input.SalaryFloor);
        var desired = TextList(check, "input.desiredRoles", input.DesiredRoles, 100);
        var languages = TextList(check, "input.languages", input.Languages, 40);
        if (input.TimeZone is { } zone && !string.IsNullOrWhiteSpace(zone) && !TimeZones.IsIana(zone))
        {
            check.Add("input.timeZone", "INVALID_TIME_ZONE", $"'{zone}' is not an IANA time zone such as Europe/Lisbon.");
        }
        if (input.YearsOfExperience is < 0 or > 70)
        {
            check.Add("input.yearsOfExperience", "OUT_OF_RANGE", "yearsOfExperience must be between 0 and 70.");
        }
        if (input.HoursPerWeek is < 1 or > 80)
        {
            check.Add("input.hoursPerWeek", "OUT_OF_RANGE", "hoursPerWeek must be between 1 and 80.");
        }
        if (input.CoopPreferences?.MembershipWithinMonths is < 0 or > 120)
        {
            check.Add("input.coopPreferences.membershipWithinMonths", "OUT_OF_RANGE", "membershipWithinMonths must be between 0 and 120.");
        }
        if (input.CoopPreferences?.MaxHoursPerWeek is < 1 or > 80)
        {
            check.Add("input.coopPreferences.maxHoursPerWeek", "OUT_OF_RANGE", "maxHoursPerWeek must be between 1 and 80.");
        }
        if (!check.IsValid)
        {
            return check;
        }

        profile.Name = name!;
        profile.Email = email!;
        profile.Headline = headline;
        profile.Skills = skills;
        profile.Location = location;
        profile.Country = country;
        profile.Remote = input.Remote ?? RemotePreference.Any;
        profile.WillRelocate = input.WillRelocate ?? false;
        profile.EmploymentTypes = input.EmploymentTypes?.Distinct().ToList() ?? [];
        profile.SalaryFloor = floor;
        profile.SalaryFloorYearlyGbp = floor is null ? null : SalaryPeriods.ToYearlyGbp(floor.Amount, floor.Currency, floor.Period);
        profile.DesiredRoles = desired;
        profile.YearsOfExperience = input.YearsOfExperience;
        profile.AvailableFrom = input.AvailableFrom is { } date ? DateOnly.FromDateTime(date) : null;
        profile.Languages = languages;
        profile.HoursPerWeek = input.HoursPerWeek;
        profile.TimeZone = string.IsNullOrWhiteSpace(input.TimeZone) ? null : input.TimeZone.Trim();
        profile.CoopPreferences = input.CoopPreferences is { } wants
            ? new CoopPreferences(wants.MembershipWithinMonths, wants.FlatPay ?? false, wants.WorkerOwned ?? false, wants.MaxHoursPerWeek)
            : CoopPreferences.None;
        profile.VisibleToCoops = input.VisibleToCoops ?? false;
        profile.WantsToJoin = input.WantsToJoin ?? true;
        profile.WantsToFound = input.WantsToFound ?? false;
        profile.UpdatedAt = now;
        return check;
    }

    private static List<string> Skills(Validation check, List<string>? raw)
    {
        var skills = (raw ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(SkillVocabulary.Default.Normalize).Distinct().ToList();
        if (skills.Count == 0)
        {
            check.Add("input.skills", "REQUIRED", "Name at least one skill, so matching has something to go on.");
        }
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


    private static Money? Floor(Validation check, Roles.MoneyInput? floor)
    {
        if (floor is null)
        {
            return null;
        }
        var currency = floor.Currency.Trim().ToUpperInvariant();
        if (!Currencies.IsIso4217(currency))
        {
            check.Add("input.salaryFloor.currency", "INVALID_CURRENCY", $"'{floor.Currency}' is not an ISO 4217 currency code.");
        }
        if (floor.Amount < 0 || double.IsNaN(floor.Amount) || floor.Amount > 10_000_000)
        {
            check.Add("input.salaryFloor.amount", "OUT_OF_RANGE", "salaryFloor.amount must be between 0 and 10,000,000.");
        }
        return new Money(floor.Amount, currency, floor.Period);
    }

    private static List<string> TextList(Validation check, string field, List<string>? raw, int maxLength)
    {
        var items = (raw ?? []).Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (items.Count > MaxListItems)
        {
            check.Add(field, "TOO_MANY", $"At most {MaxListItems} entries.");
        }
        if (items.Any(s => s.Length > maxLength))
        {
            check.Add(field, "TOO_LONG", $"Each entry must be at most {maxLength} characters.");
        }
        return items;
    }
}
