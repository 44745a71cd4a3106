using RolesBoard.Api.Geography;
using RolesBoard.Api.Stats.Snapshots;

namespace RolesBoard.Api.Stats;

/// <summary>
/// What a reader asks for: a period of UTC days (by default the 26 weeks up to today) and optionally one country and
/// one network. Shared by movementStats and the /stats pages, so both check input the same way.
/// </summary>
public sealed record StatsQuery(DateOnly From, DateOnly To, string? Country, string? Network)
{
    public const int MaxDays = 5 * 366;
    public const int DefaultWeeks = 26;

    public string Cell => CellKey.For(Country, Network);

    public bool IsFiltered => Country is not null || Network is not null;

    public static (StatsQuery? Query, string? Error) Parse(DateOnly? from, DateOnly? to, string? country, string? network, DateOnly today)
    {
        var last = to ?? today;
        var first = from ?? Weeks.StartOf(last).AddDays(-7 * (DefaultWeeks - 1));
        if (first > last)
        {
            return (null, "'from' must be on or before 'to'.");
        }
        if (last.DayNumber - first.DayNumber >= MaxDays)
        {
            return (null, $"At most {MaxDays} days at a time: download /stats.csv in parts for longer.");
        }
        string? code = null;
        if (!string.IsNullOrWhiteSpace(country))
        {
            code = Countries.Resolve(country);
            if (code is null || code == Countries.EuropeanUnion)
            {
                return (null, $"'country' must be an ISO 3166 country code such as GB, not '{Clip(country)}'.");
            }
        }
        var net = string.IsNullOrWhiteSpace(network) ? null : network.Trim();
        if (net is { Length: > 60 } || (net is not null && net.Contains('|', StringComparison.Ordinal)))
        {
            return (null, "'network' must be a network's name of at most 60 characters, such as CoTech.");
        }
        return (new StatsQuery(first, last, code, net), null);
    }

    private static string Clip(string value) => value.Length > 40 ? value[..40] + "…" : value;
}

/// <summary>Weeks start on Monday, 00:00 UTC (ISO 8601).</summary>
public static class Weeks
{
    public static DateOnly StartOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
