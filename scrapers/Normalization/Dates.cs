using System.Globalization;

namespace RolesBoard.Scrapers.Normalization;

/// <summary>The dates sources write (ISO 8601, RFC 822 in RSS, "2024-05-01 10:00:00 UTC") as a calendar date.</summary>
public static class Dates
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss 'UTC'", "ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss zzz",
        "dd MMM yyyy", "d MMMM yyyy", "MMMM d, yyyy", "dd/MM/yyyy",
    ];

    public static DateOnly? Parse(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (IsoDate(value) is { } date)
        {
            return date; // the shape nearly every source writes, read without the general parser's culture machinery
        }
        // RSS writes "GMT" or "+0000"; .NET's zzz wants "+00:00".
        var rfc822 = value.Replace(" GMT", " +00:00", StringComparison.Ordinal).Replace(" UTC", " +00:00", StringComparison.Ordinal);
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            || DateTimeOffset.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out parsed)
            || DateTimeOffset.TryParseExact(rfc822, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out parsed))
        {
            // A role's date is the publisher's calendar date, so keep the local date as written.
            return DateOnly.FromDateTime(parsed.DateTime);
        }
        return null;
    }

    // "2026-03-05" exactly, as the general parse would read it; anything else (an invalid day too) is left to it.
    private static DateOnly? IsoDate(string value)
    {
        if (value.Length != 10 || value[4] != '-' || value[7] != '-'
            || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            return null;
        }
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>A day written without its year ("--03-05", from "Friday 5 March"): the one nearest to today.</summary>
    public static DateOnly? NearestWithoutYear(string? text, DateOnly today)
    {
        if (text is not { Length: 7 } || !text.StartsWith("--", StringComparison.Ordinal)
            || !int.TryParse(text.AsSpan(2, 2), CultureInfo.InvariantCulture, out var month) || !int.TryParse(text.AsSpan(5, 2), CultureInfo.InvariantCulture, out var day)
            || month is < 1 or > 12 || day < 1)
        {
            return null;
        }
        return new[] { today.Year - 1, today.Year, today.Year + 1 }
            .Select(y => new DateOnly(y, month, Math.Min(day, DateTime.DaysInMonth(y, month))))
            .MinBy(d => Math.Abs(d.DayNumber - today.DayNumber));
    }
}
