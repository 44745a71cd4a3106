using System.Collections.Concurrent;
using RolesBoard.Api.Geography;

namespace RolesBoard.Api.Matching;

/// <summary>
/// The working hours two zones share on a day, remembered by zone ids: matching scores hundreds of remote roles a
/// request and they name a handful of zones, while each answer costs two tz-database lookups (under a lock .NET
/// takes) and four conversions. Bounded: it starts again empty past <see cref="MaxEntries"/>.
/// </summary>
internal static class ZoneOverlap
{
    internal const int MaxEntries = 20_000;

    private static readonly ConcurrentDictionary<(string? Seeker, string Role, DateOnly Day), Overlap> Known = new();

    /// <summary>Whether the role's zone is known here, and the hours shared (null when the seeker's zone is not).</summary>
    public readonly record struct Overlap(bool RoleZoneKnown, double? Hours);

    private static readonly ConcurrentDictionary<string, string?> DefaultZones = new(StringComparer.Ordinal);

    /// <summary>TimeZones.DefaultFor, remembered by country (it too looks the zone up in the tz database).</summary>
    public static string? DefaultFor(string? country)
    {
        if (country is null)
        {
            return null;
        }
        if (DefaultZones.Count >= MaxEntries)
        {
            DefaultZones.Clear();
        }
        return DefaultZones.GetOrAdd(country, TimeZones.DefaultFor);
    }

    public static Overlap Of(string? seekerZoneId, string roleZoneId, DateOnly day)
    {
        var key = (seekerZoneId, roleZoneId, day);
        if (Known.TryGetValue(key, out var known))
        {
            return known;
        }
        if (Known.Count >= MaxEntries)
        {
            Known.Clear();
        }
        var overlap = TimeZones.Find(roleZoneId) is not { } roleZone ? new Overlap(false, null)
            : TimeZones.Find(seekerZoneId) is not { } seekerZone ? new Overlap(true, null)
            : new Overlap(true, TimeZones.OverlapHours(seekerZone, roleZone, day));
        Known[key] = overlap;
        return overlap;
    }
}
