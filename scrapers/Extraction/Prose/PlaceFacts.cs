using System.Text.RegularExpressions;

namespace RolesBoard.Scrapers.Extraction.Prose;

/// <summary>
/// Where the work happens: remote, hybrid or on-site as a hint the normalizer understands ("remote", "hybrid",
/// "on-site"), and the place, from labelled lines first and then phrases ("Remote within Europe", "three days a
/// week at our office", "based in Leeds").
/// </summary>
internal static partial class PlaceFacts
{
    public static string? Workplace(string? labelledWorkplace, string? labelledLocation, string folded, WorkingTime time, VacancyWords words)
    {
        foreach (var value in new[] { labelledWorkplace, labelledLocation }.OfType<string>().Select(Phrases.Fold))
        {
            if (Hint(value, words, shortText: true) is { } hint)
            {
                return hint;
            }
        }
        return time.OfficeDays ? "hybrid" : Hint(folded, words, shortText: false);
    }

    public static string? Location(string? labelled, IReadOnlyList<string> lines, IReadOnlyList<string> foldedLines, string allFolded, VacancyWords words)
    {
        if (!string.IsNullOrWhiteSpace(labelled))
        {
            return labelled.Length <= 120 ? labelled : null;
        }
        if (!Phrases.Any(allFolded, words.LocationLeads))
        {
            return null;
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var (at, lead) = Phrases.First(foldedLines[i], words.LocationLeads);
            if (at >= 0 && Place().Match(lines[i], at + lead.Length) is { Success: true } place)
            {
                return place.Groups["place"].Value.TrimEnd(',', ' ');
            }
        }
        return null;
    }

    private static string? Hint(string folded, VacancyWords words, bool shortText) =>
        Phrases.Any(folded, words.HybridPhrases) ? "hybrid"
        : Phrases.Any(folded, words.RemotePhrases) || shortText && Phrases.Any(folded, words.RemoteWords) ? "remote"
        : Phrases.Any(folded, words.OnsitePhrases) ? "on-site"
        : null;

    // The capitalised words after the lead: "based in Manchester, UK." is "Manchester, UK".
    [GeneratedRegex(@"\G\s*(?:(?:our|the|la|el|nuestra)\s+)?(?<place>\p{Lu}[\p{L}'.\-]*(?:(?:\s|,\s?)(?:\p{Lu}[\p{L}'.\-]*|de|del))*)")]
    private static partial Regex Place();
}
