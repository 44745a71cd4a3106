namespace RolesBoard.Api.Geography;

/// <summary>
/// IANA time zones, a default zone per country, and how many working hours two zones share. No job board we know
/// matches on time-zone overlap: a remote role that needs UK hours fits someone in Lisbon, not someone in Auckland.
/// </summary>
public static class TimeZones
{
    /// <summary>A working day is 09:00 to 17:00 local time (stated assumption), so two zones share at most 8 hours.</summary>
    public const int WorkdayStartHour = 9;
    public const int WorkdayHours = 8;

    // Stated assumption: a country spanning several zones defaults to the zone of its capital or largest tech hub
    // (US: New York, Canada: Toronto, Australia: Sydney). Anyone elsewhere sets their own zone.
    private static readonly Dictionary<string, string> ByCountry = new(StringComparer.Ordinal)
    {
        ["GB"] = "Europe/London", ["IE"] = "Europe/Dublin", ["PT"] = "Europe/Lisbon", ["ES"] = "Europe/Madrid",
        ["FR"] = "Europe/Paris", ["DE"] = "Europe/Berlin", ["NL"] = "Europe/Amsterdam", ["BE"] = "Europe/Brussels",
        ["LU"] = "Europe/Luxembourg", ["IT"] = "Europe/Rome", ["AT"] = "Europe/Vienna", ["CH"] = "Europe/Zurich",
        ["SE"] = "Europe/Stockholm", ["NO"] = "Europe/Oslo", ["DK"] = "Europe/Copenhagen", ["FI"] = "Europe/Helsinki",
        ["IS"] = "Atlantic/Reykjavik", ["PL"] = "Europe/Warsaw", ["CZ"] = "Europe/Prague", ["SK"] = "Europe/Bratislava",
        ["HU"] = "Europe/Budapest", ["SI"] = "Europe/Ljubljana", ["HR"] = "Europe/Zagreb", ["RO"] = "Europe/Bucharest",
        ["BG"] = "Europe/Sofia", ["GR"] = "Europe/Athens", ["CY"] = "Asia/Nicosia", ["MT"] = "Europe/Malta",
        ["EE"] = "Europe/Tallinn", ["LV"] = "Europe/Riga", ["LT"] = "Europe/Vilnius", ["RS"] = "Europe/Belgrade",
        ["UA"] = "Europe/Kyiv", ["TR"] = "Europe/Istanbul", ["IL"] = "Asia/Jerusalem", ["AE"] = "Asia/Dubai",
        ["US"] = "America/New_York", ["CA"] = "America/Toronto", ["MX"] = "America/Mexico_City",
        ["BR"] = "America/Sao_Paulo", ["AR"] = "America/Argentina/Buenos_Aires", ["CL"] = "America/Santiago",
        ["CO"] = "America/Bogota", ["PE"] = "America/Lima", ["UY"] = "America/Montevideo",
        ["AU"] = "Australia/Sydney", ["NZ"] = "Pacific/Auckland", ["IN"] = "Asia/Kolkata", ["PK"] = "Asia/Karachi",
        ["BD"] = "Asia/Dhaka", ["JP"] = "Asia/Tokyo", ["KR"] = "Asia/Seoul", ["CN"] = "Asia/Shanghai",
        ["TW"] = "Asia/Taipei", ["HK"] = "Asia/Hong_Kong", ["SG"] = "Asia/Singapore", ["MY"] = "Asia/Kuala_Lumpur",
        ["PH"] = "Asia/Manila", ["ID"] = "Asia/Jakarta", ["VN"] = "Asia/Ho_Chi_Minh", ["TH"] = "Asia/Bangkok",
        ["ZA"] = "Africa/Johannesburg", ["NG"] = "Africa/Lagos", ["KE"] = "Africa/Nairobi", ["EG"] = "Africa/Cairo",
        ["MA"] = "Africa/Casablanca", ["GH"] = "Africa/Accra",
    };

    /// <summary>The zone someone in <paramref name="country"/> most likely keeps hours in; null when unknown.</summary>
    public static string? DefaultFor(string? country) =>
        country is not null && ByCountry.TryGetValue(country, out var zone) && Find(zone) is not null ? zone : null;

    /// <summary>The zone for an IANA id ("Europe/Lisbon"), or null when this machine's tz database does not know it.</summary>
    public static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;

    /// <summary>Whether <paramref name="id"/> is an IANA zone id (Windows ids are refused so stored data stays portable).</summary>
    public static bool IsIana(string? id) => Find(id) is { HasIanaId: true };

    /// <summary>
    /// Working hours the two zones share on <paramref name="day"/>: each works 09:00–17:00 local. The other zone's
    /// previous and next days count too, so a day that straddles midnight UTC is compared fairly.
    /// </summary>
    public static double OverlapHours(TimeZoneInfo a, TimeZoneInfo b, DateOnly day)
    {
        var (aStart, aEnd) = WorkdayUtc(a, day);
        var best = 0.0;
        foreach (var shift in new[] { -1, 0, 1 })
        {
            var (bStart, bEnd) = WorkdayUtc(b, day.AddDays(shift));
            var overlap = (Min(aEnd, bEnd) - Max(aStart, bStart)).TotalHours;
            best = Math.Max(best, overlap);
        }
        return best;
    }

    /// <summary>"Europe/Lisbon" is "Lisbon", "America/New_York" is "New York": how people name a zone.</summary>
    public static string Label(string id) => id[(id.LastIndexOf('/') + 1)..].Replace('_', ' ');

    private static (DateTime Start, DateTime End) WorkdayUtc(TimeZoneInfo zone, DateOnly day)
    {
        var start = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(WorkdayStartHour, 0), DateTimeKind.Unspecified), zone);
        return (start, start.AddHours(WorkdayHours));
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
