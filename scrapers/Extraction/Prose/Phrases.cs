namespace RolesBoard.Scrapers.Extraction.Prose;

/// <summary>
/// Case-insensitive phrase search on whole words: "intern" is not found in "internal", "remote (" is found in
/// "Remote (UK)". Text is folded first (lower case, typographic apostrophes and dashes as ASCII).
/// </summary>
internal static class Phrases
{
    public static string Fold(string text) => string.Create(text.Length, text, static (folded, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            folded[i] = source[i] switch
            {
                '\u2019' or '\u2018' => '\'',
                '\u2013' or '\u2014' => '-',
                '\u00A0' => ' ',
                var c => char.ToLowerInvariant(c),
            };
        }
    });

    /// <summary>Where the first of the phrases (longest first at a tie) occurs in folded text, or -1.</summary>
    public static (int Index, string Phrase) First(string folded, IEnumerable<string> phrases)
    {
        var best = (Index: -1, Phrase: "");
        foreach (var phrase in phrases)
        {
            var at = IndexOf(folded, phrase, 0);
            if (at >= 0 && (best.Index < 0 || at < best.Index || at == best.Index && phrase.Length > best.Phrase.Length))
            {
                best = (at, phrase);
            }
        }
        return best;
    }

    public static bool Any(string folded, IEnumerable<string> phrases) => phrases.Any(p => IndexOf(folded, p, 0) >= 0);

    public static int IndexOf(string folded, string phrase, int from)
    {
        for (var at = folded.IndexOf(phrase, from, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var startOk = !char.IsLetterOrDigit(phrase[0]) || at == 0 || !char.IsLetterOrDigit(folded[at - 1]);
            var end = at + phrase.Length;
            var endOk = !char.IsLetterOrDigit(phrase[^1]) || end >= folded.Length || !char.IsLetterOrDigit(folded[end]);
            if (startOk && endOk)
            {
                return at;
            }
        }
        return -1;
    }
}
