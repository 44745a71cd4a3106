namespace RolesBoard.Api.Ingestion;

/// <summary>
/// A title reduced to what identifies the job: lower-case words, small words dropped, plurals and common endings
/// stemmed. "Senior Developers (Backend)" and "senior developer - backend" share a key, so a role a co-op posted
/// by hand is recognised when the scraper finds it on the co-op's own site.
/// </summary>
public static class TitleKey
{
    private static readonly HashSet<string> SmallWords = ["a", "an", "the", "and", "or", "of", "for", "to", "in", "at", "with", "on"];

    public static string Of(string title)
    {
        var letters = title.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        return string.Join(' ', new string(letters)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !SmallWords.Contains(w))
            .Select(Stem));
    }

    // A light suffix stripper, not Porter: enough for job titles, where plurals and -ing/-ed forms are the variation seen.
    private static string Stem(string word) => word switch
    {
        { Length: > 4 } when word.EndsWith("ies", StringComparison.Ordinal) => word[..^3] + "y",
        { Length: > 4 } when word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal)
            || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal) => word[..^2],
        { Length: > 3 } when word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) => word[..^1],
        { Length: > 5 } when word.EndsWith("ing", StringComparison.Ordinal) => word[..^3],
        { Length: > 4 } when word.EndsWith("ed", StringComparison.Ordinal) => word[..^2],
        _ => word,
    };
}
