using System.Globalization;
using RolesBoard.Api.Geography;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Matching;

/// <summary>One factor of a fit: its value 0..1, the reasons people read, and whether a hard requirement was missed.</summary>
internal sealed record Factor(double Value, IReadOnlyList<string> Reasons, bool Missed = false)
{
    public static Factor Neutral(double value) => new(value, []);

    public static Factor Because(double value, string reason, bool missed = false) => new(value, [reason], missed);
}

/// <summary>The factors besides skills. Unknowns are neutral (never a reward, never a punishment).</summary>
internal static class FitFactors
{
    /// <summary>A remote role with a known zone and no stated overlap needs this many shared working hours.</summary>
    public const int DefaultOverlapHours = 4;

    /// <summary>Null: they cannot work there (a remote role not open to their country, or an office abroad) and will not move.</summary>
    public static Factor? Place(Profile seeker, Role role)
    {
        var country = seeker.Country;
        if (role.Remote == RemotePolicy.Remote)
        {
            var preference = seeker.Remote == RemotePreference.Onsite ? 0.6 : 1.0;
            if (country is null)
            {
                return Factor.Because(0.7 * preference, "Remote role");
            }
            if (Countries.RegionsInclude(role.RemoteRegions, country))
            {
                return Factor.Because(preference, role.RemoteRegions.Count == 0 ? "Remote role open to anywhere" : $"Remote role open to {Places.Country(country)}");
            }
            return seeker.WillRelocate
                ? Factor.Because(0.25, $"Remote role limited to {Places.Regions(role.RemoteRegions)}: you would need to move")
                : null;
        }
        if (role.Country is null || country is null)
        {
            return Factor.Neutral(0.5);
        }
        var policy = role.Remote == RemotePolicy.Hybrid ? "Hybrid" : "On-site";
        if (role.Country != country)
        {
            return seeker.WillRelocate ? Factor.Because(0.25, $"{policy} in {role.Location ?? Places.Country(role.Country)}: you would need to move") : null;
        }
        var wants = (role.Remote, seeker.Remote) switch
        {
            (RemotePolicy.Hybrid, RemotePreference.Remote) => 0.5,
            (RemotePolicy.Onsite or null, RemotePreference.Remote) => 0.25,
            (RemotePolicy.Onsite or null, RemotePreference.Hybrid) => 0.7,
            _ => 1.0,
        };
        var town = Places.Town(role.Location);
        return town is not null && string.Equals(town, Places.Town(seeker.Location), StringComparison.OrdinalIgnoreCase)
            ? Factor.Because(wants, $"{policy} in {town}, where you live")
            : Factor.Because(wants * 0.5, $"{policy} in {role.Location ?? Places.Country(role.Country)}, away from {Places.Town(seeker.Location) ?? "where you live"}");
    }

    /// <summary>Remote roles keep some hours: 09:00–17:00 in the role's zone (given, or its country's) must overlap the seeker's.</summary>
    public static Factor Zone(Profile seeker, Role role, DateOnly day)
    {
        var roleZoneId = role.TimeZone ?? TimeZones.DefaultFor(role.Country);
        var needed = role.MinOverlapHours ?? (roleZoneId is null ? 0 : DefaultOverlapHours);
        if (role.Remote != RemotePolicy.Remote || roleZoneId is null || needed <= 0 || TimeZones.Find(roleZoneId) is not { } roleZone)
        {
            return Factor.Neutral(1);
        }
        var seekerZoneId = seeker.TimeZone ?? TimeZones.DefaultFor(seeker.Country);
        var need = $"Needs {needed} h overlap with {Places.Zone(roleZoneId)} hours";
        if (TimeZones.Find(seekerZoneId) is not { } seekerZone)
        {
            return Factor.Because(0.6, need + ": set your time zone to check");
        }
        var has = TimeZones.OverlapHours(seekerZone, roleZone, day);
        var reason = $"{need}: {TimeZones.Label(seekerZoneId!)} has {Places.Hours(has)}";
        return has >= needed ? Factor.Because(1, reason) : Factor.Because(0.3 * has / needed, reason, missed: true);
    }

    public static Factor EmploymentType(Profile seeker, Role role)
    {
        if (seeker.EmploymentTypes.Count == 0 || role.EmploymentType is not { } type)
        {
            return Factor.Neutral(seeker.EmploymentTypes.Count == 0 ? 1 : 0.6);
        }
        return seeker.EmploymentTypes.Contains(type)
            ? Factor.Because(1, $"{Label(type)}, as you asked")
            : Factor.Because(0.1, $"{Label(type)}; you asked for {string.Join(" or ", seeker.EmploymentTypes.Select(Label))}");
    }

    /// <summary>The top of the role's range against the seeker's floor, both as yearly GBP (SalaryPeriods' stated assumptions).</summary>
    public static Factor Pay(Profile seeker, Role role)
    {
        if (seeker.SalaryFloorYearlyGbp is not { } floor || seeker.SalaryFloor is not { } stated || floor <= 0)
        {
            return Factor.Neutral(0.6);
        }
        if (role.SalaryMaxYearlyGbp is not { } top)
        {
            return Factor.Because(0.6, "Pay not stated");
        }
        // Shown in the seeker's own currency, per year.
        var perGbp = Money.SalaryPeriods.ToYearly(stated.Amount, stated.Period) / floor;
        var says = $"Pays up to {Amount(top * perGbp, stated.Currency)} a year";
        var yours = $"your floor of {Amount(floor * perGbp, stated.Currency)}";
        return top >= floor
            ? Factor.Because(1, $"{says}, above {yours}")
            : Factor.Because(Math.Max(0, 1 - 2 * (floor - top) / floor), $"{says}, below {yours}");
    }

    /// <summary>The role's title against the roles the seeker says they want (or their headline).</summary>
    public static Factor Title(Profile seeker, Role role)
    {
        var wishes = seeker.DesiredRoles.Count > 0 ? seeker.DesiredRoles : seeker.Headline is { } h ? [h] : [];
        var title = Words(role.Title);
        var best = wishes.Select(w => (Wish: w, Share: Share(Words(w), title))).OrderByDescending(x => x.Share).FirstOrDefault();
        if (best.Wish is null || best.Share == 0)
        {
            return Factor.Neutral(wishes.Count == 0 ? 0.5 : 0);
        }
        return best.Share >= 0.5 ? Factor.Because(best.Share, $"Title close to what you are looking for: {best.Wish}") : Factor.Neutral(best.Share);
    }

    public static Factor Freshness(Role role, DateTimeOffset now)
    {
        var days = Math.Max(0, (now - role.DatePosted).TotalDays);
        var value = Math.Exp(-days / 45);
        return days > 30 ? Factor.Because(value, $"Posted {(int)days} days ago") : Factor.Neutral(value);
    }

    private static string Label(Roles.EmploymentType type) => type switch
    {
        Roles.EmploymentType.FullTime => "Full-time",
        Roles.EmploymentType.PartTime => "Part-time",
        Roles.EmploymentType.Contractor => "Contract",
        _ => type.ToString(),
    };

    private static string Amount(double amount, string currency) =>
        currency + " " + (Math.Round(amount / 100) * 100).ToString("N0", CultureInfo.InvariantCulture);

    // Words that say nothing about which role it is.
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal) { "and", "or", "the", "a", "of", "in", "for", "with", "who", "also", "does", "uk", "senior", "junior" };

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split([' ', ',', '(', ')', '/', '-', '+', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Filler.Contains(w)).ToHashSet(StringComparer.Ordinal);

    private static double Share(HashSet<string> wish, HashSet<string> title) =>
        wish.Count == 0 ? 0 : (double)wish.Count(title.Contains) / wish.Count;
}
