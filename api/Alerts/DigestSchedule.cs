using RolesBoard.Api.Geography;
using RolesBoard.Api.Profiles;

namespace RolesBoard.Api.Alerts;

/// <summary>
/// Digests go at 08:00 in the seeker's own zone (their time zone, else their country's, else UTC): DAILY every
/// day, WEEKLY on Mondays. A fixed hour, so a digest arrives with the morning's mail rather than at 03:00.
/// </summary>
public static class DigestSchedule
{
    public const int LocalHour = 8;

    public static TimeZoneInfo ZoneOf(Profile profile) =>
        TimeZones.Find(profile.TimeZone) ?? TimeZones.Find(TimeZones.DefaultFor(profile.Country)) ?? TimeZoneInfo.Utc;

    /// <summary>The first digest time strictly after <paramref name="after"/>; null for INSTANT.</summary>
    public static DateTimeOffset? Next(AlertFrequency frequency, TimeZoneInfo zone, DateTimeOffset after)
    {
        if (frequency == AlertFrequency.Instant)
        {
            return null;
        }
        var localDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(after, zone).DateTime);
        for (var day = localDay; ; day = day.AddDays(1))
        {
            if (frequency == AlertFrequency.Weekly && day.DayOfWeek != DayOfWeek.Monday)
            {
                continue;
            }
            var local = day.ToDateTime(new TimeOnly(LocalHour, 0), DateTimeKind.Unspecified);
            // 08:00 never falls in a DST gap anywhere we know of; if it did, the next valid instant would do.
            var utc = TimeZoneInfo.ConvertTimeToUtc(zone.IsInvalidTime(local) ? local.AddHours(1) : local, zone);
            var at = new DateTimeOffset(utc, TimeSpan.Zero);
            if (at > after)
            {
                return at;
            }
        }
    }
}
