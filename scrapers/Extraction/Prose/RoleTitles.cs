using System.Globalization;

namespace RolesBoard.Scrapers.Extraction.Prose;

/// <summary>
/// A heading or title that names a role, cleaned to what a person would call the role: "Join us: we're looking
/// for a Data Engineer! – Acme Co-op" is "Data Engineer". A heading with no role noun in the role's place names no role.
/// </summary>
internal static class RoleTitles
{
    private const int MaxWords = 7;

    // "Role of the developer in a co-op" is an essay, not a vacancy.
    private static readonly HashSet<string> NotATitleStart = ["of", "to", "how", "why", "what", "for", "about", "and", "on", "de", "del", "por", "cómo", "qué", "sobre"];

    // Built once: titles and link labels are recognised by the hundred per page, and a literal array is built per call.
    private static readonly char[] AfterOpening = [' ', ':', '-', '\u2013', '\u2014', '!', ',', '.', '|'];
    private static readonly char[] AroundTitle = [' ', '.', '!', ':', '-', '\u2013', ','];
    private static readonly char[] AfterLastWord = ['.', ',', ')'];
    private static readonly string[] SiteSeparators = [" | ", " \u2013 ", " \u2014 ", " - ", " :: ", " · "];

    private static readonly string[] Cuts = ["(", "!", "?", " - ", " | ", ", ", ": ", " at ", " to join", " to help", " who ", " for ", " in ", " with ", " based ", " en ", " para ", " con ", " que "];

    /// <param name="Title">The cleaned title.</param>
    /// <param name="Announced">Whether it was announced as a vacancy ("We're hiring", "Job:", "Buscamos").</param>
    public sealed record Recognised(string Title, bool Announced);

    public static Recognised? Recognise(string? text, VacancyWords words, string? siteName = null)
    {
        // A title is a short line: a long link text or heading is a sentence, not a role.
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200 || !words.MayNameRole(text))
        {
            return null;
        }
        var title = DropSiteName(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), words, siteName);
        // Folded once: folding keeps every character in its place, so the title and its folded form are cut together.
        var folded = Phrases.Fold(title);
        var announced = false;
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (prefix, announces) in words.TitleOpenings)
            {
                if (StartsWithWord(folded, prefix))
                {
                    announced |= announces;
                    var rest = title.AsSpan(prefix.Length);
                    var start = prefix.Length + rest.Length - rest.TrimStart(AfterOpening).Length;
                    (title, folded) = (title[start..], folded[start..]);
                    changed = true;
                    break;
                }
            }
        }
        var end = CutAt(folded);
        var kept = title.AsSpan(0, end);
        var from = end - kept.TrimStart(AroundTitle).Length;
        var to = kept.TrimEnd(AroundTitle).Length;
        if (to <= from)
        {
            return null;
        }
        (title, folded) = (title[from..to], folded[from..to]);
        return IsRole(folded, words) ? new Recognised(Capitalised(title), announced) : null;
    }

    private static string DropSiteName(string title, VacancyWords words, string? siteName)
    {
        foreach (var separator in SiteSeparators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                var tail = Phrases.Fold(title[(at + separator.Length)..]);
                if (siteName is not null && tail == Phrases.Fold(siteName) || Phrases.Any(tail, words.SiteSuffixes))
                {
                    return DropSiteName(title[..at], words, siteName);
                }
            }
        }
        return title;
    }

    // Where the role's name ends: at the first phrase that starts what is said about it ("at", "to join", "(").
    private static int CutAt(string folded)
    {
        var end = folded.Length;
        foreach (var cut in Cuts)
        {
            var at = folded.IndexOf(cut, StringComparison.Ordinal);
            if (at > 0 && at < end)
            {
                end = at;
            }
        }
        return end;
    }

    private static bool IsRole(string folded, VacancyWords words)
    {
        var parts = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > MaxWords || NotATitleStart.Contains(parts[0]))
        {
            return false;
        }
        if (words.MultiWordRoleNouns.Any(n => StartsWithWord(folded, n)))
        {
            return true;
        }
        var last = parts[^1].Trim(AfterLastWord);
        return words.RoleNounSet.Contains(last) || words.NounFirst && words.RoleNounSet.Contains(parts[0]);
    }

    private static bool StartsWithWord(string folded, string phrase) =>
        folded.StartsWith(phrase, StringComparison.Ordinal) && (folded.Length == phrase.Length || !char.IsLetterOrDigit(folded[phrase.Length]));

    // "we're looking for a data engineer" reads as "Data Engineer"; a title with capitals is kept as written.
    private static string Capitalised(string title) =>
        title.Any(char.IsUpper) ? title : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(title);
}
