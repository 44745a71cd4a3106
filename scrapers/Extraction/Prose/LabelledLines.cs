using System.Buffers;

namespace RolesBoard.Scrapers.Extraction.Prose;

/// <summary>
/// "Label: value" lines (from &lt;strong&gt;Salary:&lt;/strong&gt; …&lt;br&gt;, a paragraph, a list item, a dt/dd pair or a table
/// row, which <see cref="TextLines"/> all write the same way), and a label alone on its line followed by its value,
/// as facts keyed by what the label names: salary, location, hours, contract, closing, workplace, apply, start.
/// </summary>
internal static class LabelledLines
{
    private static readonly SearchValues<char> Separators = SearchValues.Create(":\uFF1A-\u2013\u2014");
    private static readonly char[] LabelEnd = [':', ' '], ValueStart = ['-', ' '], AroundLabel = [' ', '-', '*', '\u2022', '?'];

    public static Dictionary<string, string> Read(IReadOnlyList<string> lines, VacancyWords words)
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            string? label = null, value = null;
            if (Split(lines[i]) is { } split)
            {
                (label, value) = split;
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

    /// <summary>
    /// "Label: value", "Label \u2013 value" or "- Label: value" as its label and value: the label is what comes before the
    /// first separator (a colon, or a dash with a space either side), one to 40 characters. One pass over the line,
    /// where a pattern with a lazy label backtracked at every character.
    /// </summary>
    private static (string Label, string Value)? Split(string line)
    {
        // A list item's bullet is not part of its label; a label that only fits with it is read with it.
        if (line.Length > 1 && line[0] is '-' or '\u2022' or '*' && SplitFrom(line, 1 + CountSpaces(line, 1)) is { } item)
        {
            return item;
        }
        return SplitFrom(line, 0);
    }

    private static (string Label, string Value)? SplitFrom(string line, int start)
    {
        for (var at = start; at < line.Length; at++)
        {
            var next = line.AsSpan(at).IndexOfAny(Separators);
            if (next < 0)
            {
                return null;
            }
            at += next;
            if (line[at] is ':' or '\uFF1A')
            {
                // A label holds no colon: the first one ends it, fitting or not.
                return Pair(line, start, at, at + 1);
            }
            if (at - 1 > start && char.IsWhiteSpace(line[at - 1]) && at + 1 < line.Length && char.IsWhiteSpace(line[at + 1]))
            {
                return Pair(line, start, at - 1, at + 2);
            }
            // A hyphen inside a word ("Full-time hours") separates nothing.
        }
        return null;
    }

    private static (string Label, string Value)? Pair(string line, int start, int labelEnd, int valueStart)
    {
        var label = line.AsSpan(start, labelEnd - start).TrimEnd();
        return label.Length is >= 1 and <= 40 ? (label.ToString(), line[valueStart..].Trim()) : null;
    }

    private static int CountSpaces(string line, int from)
    {
        var count = 0;
        while (from + count < line.Length && char.IsWhiteSpace(line[from + count]))
        {
            count++;
        }
        return count;
    }
}
