using System.Globalization;
using RolesBoard.Api.Stats.Snapshots;

namespace RolesBoard.Api.Stats;

/// <summary>The /stats pages' query string (from, to as YYYY-MM-DD; country; network) as a <see cref="StatsQuery"/>.</summary>
public static class StatsRequest
{
    public static (StatsQuery? Query, string? Error) Parse(IQueryCollection query, TimeProvider clock)
    {
        if (StatsCaching.Keys.Any(k => query[k].Count > 1))
        {
            return (null, "'from', 'to', 'country' and 'network' may each be given once.");
        }
        var (from, fromError) = Date(query, "from");
        var (to, toError) = Date(query, "to");
        var error = fromError ?? toError;
        if (error is not null)
        {
            return (null, error);
        }
        return StatsQuery.Parse(from, to, query["country"].ToString(), query["network"].ToString(), SnapshotDays.DayOf(clock.GetUtcNow()));
    }

    private static (DateOnly?, string?) Date(IQueryCollection query, string key)
    {
        var text = query[key].ToString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date, null)
            : (null, $"'{key}' must be a date such as 2026-01-31.");
    }
}
