using RolesBoard.Api.Auth;
using RolesBoard.Api.Geography;
using RolesBoard.Api.Money;
using RolesBoard.Api.Profiles;

namespace RolesBoard.Bench.Data;

/// <summary>
/// Seekers as the layoff trackers' tech workers would write them: 3–8 skills from the same Zipf-distributed
/// vocabulary as roles, mostly in the UK, some in the EU and a few further away, a remote-first mix, about 60% opted
/// in to co-ops, about a third asking something of the co-op itself (CoopPreferences). Built directly with the
/// derived fields set (country, yearly GBP floor, token hash) as ProfileInputValidator and ProfileCommands would set
/// them, without paying for validation 310,942 times.
/// </summary>
public static class ProfileGenerator
{
    private static readonly (string Place, string Country)[] Elsewhere =
    [
        ("New York, USA", "US"), ("Toronto, Canada", "CA"), ("Sydney, Australia", "AU"), ("Auckland, New Zealand", "NZ"),
        ("Bengaluru, India", "IN"), ("São Paulo, Brazil", "BR"), ("Buenos Aires, Argentina", "AR"),
    ];

    private static readonly string[] Wishes =
        ["Developer", "Backend developer", "Frontend developer", "Full-stack developer", "DevOps engineer", "Sysadmin",
         "UX designer", "Product designer", "Data engineer", "Mobile developer", "Technical lead", "Web developer"];

    /// <summary>The owner token of a seeded profile, derived from its id so scenarios can call the API as its owner.</summary>
    public static string Token(Guid profileId) => "rbp_bench_" + profileId.ToString("N");

    public static Profile Profile(this Generator g, int n, DateTimeOffset now)
    {
        var uk = Generator.Places.Where(p => p.Country == "GB").ToArray();
        var eu = Generator.Places.Where(p => Countries.IsInEu(p.Country)).ToArray();
        var (place, country) = g.Chance() switch { < 0.70 => g.Pick(uk), < 0.93 => g.Pick(eu), _ => g.Pick(Elsewhere) };
        var hasPlace = g.Chance() < 0.92;
        var floor = g.Chance() < 0.45 ? Floor(g, country) : null;
        var wishes = Enumerable.Range(0, g.Between(0, 2)).Select(_ => g.Pick(Wishes)).Distinct().ToList();
        var id = Guid.NewGuid();
        return new Profile
        {
            Id = id, Name = $"Bench Seeker {n}", Email = $"seeker{n}@example.org", Headline = wishes.Count > 0 ? wishes[0] : null,
            Skills = g.Skills(3, 8), Location = hasPlace ? place : null, Country = hasPlace ? country : null,
            Remote = g.Chance() switch { < 0.45 => RemotePreference.Remote, < 0.65 => RemotePreference.Hybrid, < 0.75 => RemotePreference.Onsite, _ => RemotePreference.Any },
            WillRelocate = g.Chance() < 0.15,
            EmploymentTypes = g.Chance() switch { < 0.4 => [], < 0.75 => [EmploymentType.FullTime], < 0.9 => [EmploymentType.FullTime, EmploymentType.PartTime], _ => [EmploymentType.Contractor] },
            SalaryFloor = floor, SalaryFloorYearlyGbp = floor is null ? null : SalaryPeriods.ToYearlyGbp(floor.Amount, floor.Currency, floor.Period),
            DesiredRoles = wishes, YearsOfExperience = g.Between(0, 25), Languages = country == "GB" ? ["English"] : ["English", "Local"],
            HoursPerWeek = g.Chance() < 0.3 ? g.Between(16, 37) : null,
            // Most leave the zone to their country's default; a few set it explicitly.
            TimeZone = hasPlace && g.Chance() < 0.2 ? TimeZones.DefaultFor(country) : null,
            // About a third ask for something co-ops alone answer (membership soon, flat pay, worker-owned, shorter weeks).
            CoopPreferences = g.Chance() < 0.35 ? Preferences(g) : CoopPreferences.None,
            VisibleToCoops = g.Chance() < 0.6, WantsToJoin = g.Chance() < 0.9, WantsToFound = g.Chance() < 0.1,
            TokenHash = Secrets.Hash(Token(id)), CreatedAt = now, UpdatedAt = now,
        };
    }

    private static readonly int[] WithinMonths = [6, 12, 12, 18];

    private static readonly int[] MaxHours = [30, 32, 35];

    private static CoopPreferences Preferences(Generator g) => new(
        MembershipWithinMonths: g.Chance() < 0.5 ? g.Pick(WithinMonths) : null,
        FlatPay: g.Chance() < 0.3,
        WorkerOwned: g.Chance() < 0.5,
        MaxHoursPerWeek: g.Chance() < 0.2 ? g.Pick(MaxHours) : null);

    private static Money Floor(Generator g, string country) => g.Chance() < 0.85
        ? new Money(g.Between(25, 60) * 1000, country == "GB" ? "GBP" : country is "US" or "CA" or "AU" or "NZ" or "IN" or "BR" or "AR" ? "USD" : "EUR", SalaryPeriod.Year)
        : new Money(g.Between(200, 450), "GBP", SalaryPeriod.Day);
}
