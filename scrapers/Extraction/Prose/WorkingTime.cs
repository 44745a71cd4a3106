using System.Globalization;

namespace RolesBoard.Scrapers.Extraction.Prose;

/// <summary>
/// The length of the working week a post states: "30 hours a week", "three days per week". Days "at our office"
/// say where the work happens (hybrid), not how much of it there is, so they are kept apart.
/// </summary>
internal sealed record WorkingTime(decimal? HoursPerWeek, decimal? DaysPerWeek, bool OfficeDays)
{
    public static WorkingTime Read(string folded, VacancyWords words)
    {
        var hours = NumberBefore(folded, words.HoursPerWeek, words, out _);
        var days = NumberBefore(folded, words.DaysPerWeek, words, out var daysAt);
        var officeDays = days is not null && words.HybridPhrases.Any(p => Phrases.IndexOf(folded, p, daysAt) == daysAt);
        return new WorkingTime(hours, officeDays ? null : days, officeDays);
    }

    /// <summary>Fewer hours or days than a full week, as a share of it (0.6 for three days); null when full or unknown.</summary>
    public decimal? Share(VacancyWords words) =>
        HoursPerWeek is { } h && h < words.FullTimeHours ? Math.Round(h / words.FullTimeHours, 4)
        : DaysPerWeek is { } d && d < 5 ? d / 5
        : null;

    public bool IsPartTime(VacancyWords words) => HoursPerWeek is { } h ? h < words.FullTimeHours - 5 : DaysPerWeek is < 5;

    private static decimal? NumberBefore(string folded, IEnumerable<string> phrases, VacancyWords words, out int phraseAt)
    {
        phraseAt = -1;
        foreach (var phrase in phrases)
        {
            var at = Phrases.IndexOf(folded, phrase, 0);
            if (at <= 0)
            {
                continue;
            }
            var end = at;
            while (end > 0 && folded[end - 1] is ' ' or '-')
            {
                end--;
            }
            var start = end;
            while (start > 0 && (char.IsLetterOrDigit(folded[start - 1]) || folded[start - 1] is '.' or ','))
            {
                start--;
            }
            var token = folded[start..end].Replace(',', '.');
            if (decimal.TryParse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 80
                || words.NumberWords.TryGetValue(token, out var w) && (n = w) > 0)
            {
                phraseAt = at;
                return n;
            }
        }
        return null;
    }
}
