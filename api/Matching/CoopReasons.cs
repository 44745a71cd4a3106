using RolesBoard.Api.Geography;
using RolesBoard.Api.Profiles;

namespace RolesBoard.Api.Matching;

/// <summary>
/// Why a candidate fits, written for the co-op from the seeker's public facts only: skills, country, time zone and
/// availability. The seeker's own reasons mention their pay floor and where they live; those stay with the seeker.
/// </summary>
internal static class CoopReasons
{
    public static IReadOnlyList<string> For(Profile seeker, RoleFacts role, Fit fit, DateTimeOffset now)
    {
        var reasons = new List<string>();
        if (fit.MatchedSkills.Count > 0)
        {
            reasons.Add($"Has {fit.MatchedSkills.Count} of {role.Skills.Length} skills: {string.Join(", ", fit.MatchedSkills)}");
        }
        var related = fit.MissingSkills
            .Select(wanted => (Wanted: wanted, Via: SkillGraph.Default.Credit(wanted, seeker.Skills).Via))
            .Where(r => r.Via is not null).ToList();
        if (related.Count > 0)
        {
            reasons.Add($"Related experience for {string.Join(", ", related.Select(r => $"{r.Wanted} (knows {r.Via})"))}");
        }
        if (Place(seeker, role) is { } place)
        {
            reasons.Add(place);
        }
        if (Zone(seeker, role, DateOnly.FromDateTime(now.UtcDateTime)) is { } zone)
        {
            reasons.Add(zone);
        }
        if (seeker.AvailableFrom is { } from)
        {
            reasons.Add(from <= DateOnly.FromDateTime(now.UtcDateTime) ? "Available now" : $"Available from {from:yyyy-MM-dd}");
        }
        return reasons;
    }

    private static string? Place(Profile seeker, RoleFacts role)
    {
        if (seeker.Country is not { } country)
        {
            return null;
        }
        var canWorkThere = role.Remote == RemotePolicy.Remote ? Countries.RegionsInclude(role.RemoteRegions, country) : (role.Country ?? country) == country;
        return canWorkThere ? $"Based in {Places.Country(country)}"
            : seeker.WillRelocate ? $"Based in {Places.Country(country)}, willing to relocate" : null;
    }

    private static string? Zone(Profile seeker, RoleFacts role, DateOnly day)
    {
        var roleZoneId = role.TimeZone ?? TimeZones.DefaultFor(role.Country);
        var seekerZoneId = seeker.TimeZone ?? TimeZones.DefaultFor(seeker.Country);
        if (role.Remote != RemotePolicy.Remote || TimeZones.Find(roleZoneId) is not { } roleZone || TimeZones.Find(seekerZoneId) is not { } seekerZone)
        {
            return null;
        }
        var has = TimeZones.OverlapHours(seekerZone, roleZone, day);
        return $"Works in {TimeZones.Label(seekerZoneId!)} time: {Places.Hours(has)} h overlap with {Places.Zone(roleZoneId!)} hours";
    }
}
