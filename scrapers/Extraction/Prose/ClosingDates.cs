using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace RolesBoard.Scrapers.Extraction.Prose;

/// <summary>
/// The closing date a post states ("Applications close on Friday 5 March", "Closing date: 12/03/2027", "Postulaciones
/// hasta el viernes 5 de marzo") as validThrough. A date without a year takes the year that puts it on or after the
/// post's own date; with no post date it is written "--MM-DD" and the normalizer places it nearest to today.
/// </summary>
internal static class ClosingDates
{
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new();

    public static string? Read(string? labelled, IEnumerable<string> foldedLines, string allFolded, DateOnly? posted, VacancyWords words)
    {
        if (labelled is not null && Parse(labelled, posted, words) is { } fromLabel)
        {
            return fromLabel;
        }
        if (!Phrases.Any(allFolded, words.ClosingLeads))
        {
            return null;
        }
        foreach (var folded in foldedLines)
        {
            var (at, lead) = Phrases.First(folded, words.ClosingLeads);
            if (at >= 0 && Parse(folded[(at + lead.Length)..], posted, words) is { } date)
            {
                return date;
            }
        }
        return null;
    }

    private static string? Parse(string text, DateOnly? posted, VacancyWords words)
    {
        var folded = Phrases.Fold(text);
        var match = PatternFor(words).Match(folded);
        if (!match.Success)
        {
            return posted is { } from && Relative(folded, from, words) is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        }
        var g = match.Groups;
        var month = g["mm"].Success ? int.Parse(g["mm"].Value, CultureInfo.InvariantCulture)
            : g["mm2"].Success ? int.Parse(g["mm2"].Value, CultureInfo.InvariantCulture)
            : MonthOf(g["m"].Success ? g["m"].Value : g["m2"].Value, words);
        var day = int.Parse(g["d"].Success ? g["d"].Value : g["d2"].Success ? g["d2"].Value : g["d3"].Success ? g["d3"].Value : g["d4"].Value, CultureInfo.InvariantCulture);
        var yearText = new[] { "y", "y2", "y3", "y4" }.Select(n => g[n]).FirstOrDefault(y => y.Success)?.Value;
        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            return null;
        }
        if (yearText is not null)
        {
            var year = int.Parse(yearText, CultureInfo.InvariantCulture);
            year += year < 100 ? 2000 : 0;
            return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        }
        if (posted is { } p)
        {
            var year = new DateOnly(p.Year, month, Math.Min(day, DateTime.DaysInMonth(p.Year, month))) < p ? p.Year + 1 : p.Year;
            return new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        return $"--{month:00}-{day:00}";
    }

    // "In two weeks", "within 10 days", "by the end of the month": counted from the day the post was published, the day
    // its author wrote "today". Without that date there is nothing to count from, and no closing date is read.
    private static DateOnly? Relative(string folded, DateOnly posted, VacancyWords words)
    {
        var near = folded[..Math.Min(folded.Length, 40)];
        if (Phrases.Any(near, words.MonthEndPhrases))
        {
            return new DateOnly(posted.Year, posted.Month, DateTime.DaysInMonth(posted.Year, posted.Month));
        }
        if (words.RelativeUnits.Count == 0)
        {
            return null; // a language whose words name no units reads no relative dates
        }
        var match = RelativePatternFor(words).Match(near);
        if (!match.Success)
        {
            return null;
        }
        var n = int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits : words.NumberWords[match.Groups["n"].Value];
        var unit = words.RelativeUnits.First(u => u.Value.Contains(match.Groups["unit"].Value)).Key;
        var date = unit switch { "day" => posted.AddDays(n), "week" => posted.AddDays(7 * n), _ => posted.AddMonths(n) };
        return n is >= 1 and <= 90 && date <= posted.AddMonths(6) ? date : null;
    }

    private static Regex RelativePatternFor(VacancyWords words) => RelativePatterns.GetOrAdd(words.Language, _ =>
    {
        var numbers = string.Join('|', words.NumberWords.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape).Prepend(@"\d{1,2}"));
        var units = string.Join('|', words.RelativeUnits.Values.SelectMany(u => u).OrderByDescending(u => u.Length).Select(Regex.Escape));
        return new Regex($@"^\W{{0,3}}(?:\p{{L}}+\s+){{0,2}}(?<n>{numbers})\s+(?<unit>{units})\b", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
    });

    private static readonly ConcurrentDictionary<string, Regex> RelativePatterns = new();

    private static int MonthOf(string name, VacancyWords words)
    {
        var full = IndexOf(words.Months, name);
        return full >= 0 ? full + 1 : IndexOf(words.MonthAbbreviations, name.TrimEnd('.')) + 1;
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }
        return -1;
    }

    // Built once per language. Not RegexOptions.Compiled: the first match would JIT the pattern inside the timeout,
    // and on a busy machine that alone ran past it (tests failed with RegexMatchTimeoutException).
    private static Regex PatternFor(VacancyWords words) => Patterns.GetOrAdd(words.Language, _ =>
    {
        var months = string.Join('|', words.Months.Concat(words.MonthAbbreviations).OrderByDescending(m => m.Length).Select(Regex.Escape));
        var weekdays = string.Join('|', words.Weekdays.Select(Regex.Escape));
        var joiners = string.Join('|', words.DateJoiners.Select(Regex.Escape));
        var joiner = joiners.Length > 0 ? $@"(?:(?:{joiners})\s+)?" : "";
        const string Ordinal = @"(?:st|nd|rd|th|º|°)?";
        // Day month [year] | month day[,] [year] | ISO | day/month/year: the first that appears, near the lead.
        return new Regex(
            $@"^.{{0,40}}?\b(?:(?:el|the|on)\s+)?(?:(?:{weekdays}),?\s+)?(?:(?:el|the)\s+)?(?:" +
            $@"(?<d>\d{{1,2}}){Ordinal}\s+{joiner}(?<m>{months})\.?(?:,?\s+{joiner}(?<y>\d{{4}}))?" +
            $@"|(?<m2>{months})\.?\s+(?<d2>\d{{1,2}}){Ordinal}(?:,?\s+(?<y2>\d{{4}}))?" +
            $@"|(?<y3>\d{{4}})-(?<mm>\d{{1,2}})-(?<d3>\d{{1,2}})" +
            $@"|(?<d4>\d{{1,2}})[/.](?<mm2>\d{{1,2}})[/.](?<y4>\d{{4}}|\d{{2}}))(?!\d)",
            RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
    });
}
