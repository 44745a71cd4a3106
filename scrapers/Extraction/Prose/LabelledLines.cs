using System.Buffers;
using System.Text.RegularExpressions;

namespace RolesBoard.Scrapers.Extraction.Prose;

/// <summary>
/// "Label: value" lines (from &lt;strong&gt;Salary:&lt;/strong&gt; …&lt;br&gt;, a paragraph, a list item, a dt/dd pair or a table
/// row, which <see cref="TextLines"/> all write the same way), and a label alone on its line followed by its value,
/// as facts keyed by what the label names: salary, location, hours, contract, closing, workplace, apply, start.
/// </summary>
internal static partial class LabelledLines
{
    private static readonly SearchValues<char> Separators = SearchValues.Create(":\uFF1A-\u2013\u2014");
    private static readonly char[] LabelEnd = [':', ' '], ValueStart = ['-', ' '], AroundLabel = [' ', '-', '*', '\u2022', '?'];

    public static Dictionary<string, string> Read(IReadOnlyList<string> lines, VacancyWords words)
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            // The pattern needs a colon or a dash between label and value: most lines of prose have neither.
            var match = lines[i].AsSpan().IndexOfAny(Separators) >= 0 ? Labelled().Match(lines[i]) : Match.Empty;
            string? label = null, value = null;
            if (match.Success)
            {
                (label, value) = (match.Groups["label"].Value, match.Groups["value"].Value.Trim());
            }
            else if (lines[i].Length <= 40 && i + 1 < lines.Count)
            {
                // A label as a heading or a bold line of its own, its value on the next line.
                (label, value) = (lines[i].TrimEnd(LabelEnd), lines[i + 1]);
            }
            if (label is null || FactOf(label, words) is not { } fact)
            {
                continue;
            }
            if (value!.Length == 0 && i + 1 < lines.Count)
            {
                value = lines[i + 1];
            }
            facts.TryAdd(fact, value.TrimStart(ValueStart));
        }
        return facts;
    }

    private static string? FactOf(string label, VacancyWords words)
    {
        var folded = Phrases.Fold(label).Trim(AroundLabel);
        return words.FactByLabel.GetValueOrDefault(folded);
    }

    [GeneratedRegex(@"^(?:[-\u2022*]\s*)?(?<label>[^:\uFF1A]{1,40}?)\s*(?::|\uFF1A|\s[\u2013\u2014-]\s)\s*(?<value>.*)$")]
    private static partial Regex Labelled();
}
