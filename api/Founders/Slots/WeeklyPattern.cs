namespace RolesBoard.Api.Founders.Slots;

/// <summary>
/// A weekly slot repeats at the same wall-clock time in the adviser's zone, not every 168 hours: "Tuesdays at
/// 18:00 in London" is 18:00 UTC in winter and 17:00 UTC in summer.
/// </summary>
public static class WeeklyPattern
{
    public static IEnumerable<DateTimeOffset> Expand(DateTimeOffset first, TimeZoneInfo zone, int weeks)
    {
        var wallClock = TimeZoneInfo.ConvertTime(first, zone).DateTime;
        for (var week = 0; week < weeks; week++)
        {
            yield return ToUtc(wallClock.AddDays(7 * week), zone);
        }
    }

    /// <summary>A wall-clock time in a zone as UTC: a time skipped by the spring change moves on past the gap,
    /// and a time that happens twice in autumn is taken the first time.</summary>
    public static DateTimeOffset ToUtc(DateTime wallClock, TimeZoneInfo zone)
    {
        while (zone.IsInvalidTime(wallClock))
        {
            wallClock = wallClock.AddMinutes(30);
        }
        var offset = zone.IsAmbiguousTime(wallClock) ? zone.GetAmbiguousTimeOffsets(wallClock).Max() : zone.GetUtcOffset(wallClock);
        return new DateTimeOffset(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), offset).ToUniversalTime();
    }
}
