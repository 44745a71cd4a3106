using System.Globalization;
using RolesBoard.Api.Storage;

namespace RolesBoard.Api.Stats.Snapshots;

/// <summary>
/// ROLESBOARD_STATS_INTERVAL: how often snapshots are written ([d.]hh:mm:ss, default an hour, "0" turns the
/// scheduler off). Stats:FirstRunDelay bounds the random pause before the first run (default 10 s).
/// </summary>
public sealed record StatsSettings(TimeSpan Interval, TimeSpan FirstRunDelay)
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromHours(1);

    public bool SchedulerEnabled => Interval > TimeSpan.Zero;

    public static StatsSettings From(IConfiguration configuration) => new(
        Parse("ROLESBOARD_STATS_INTERVAL", configuration["ROLESBOARD_STATS_INTERVAL"], DefaultInterval),
        Parse("Stats:FirstRunDelay", configuration["Stats:FirstRunDelay"], TimeSpan.FromSeconds(10)));

    private static TimeSpan Parse(string name, string? raw, TimeSpan fallback)
    {
        var text = raw?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }
        if (text == "0")
        {
            return TimeSpan.Zero;
        }
        return TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out var value) && value >= TimeSpan.Zero && text.Contains(':', StringComparison.Ordinal)
            ? value
            : throw new StartupException($"{name} '{raw}' is not a TimeSpan such as 01:00:00 (hh:mm:ss or d.hh:mm:ss); use 0 for none.");
    }
}
