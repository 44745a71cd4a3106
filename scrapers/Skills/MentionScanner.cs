using System.Buffers;
using System.Text.RegularExpressions;

namespace RolesBoard.Scrapers.Skills;

/// <summary>
/// Finds skill names in free text with one left-to-right pass over a trie of the names, matching exactly what the
/// alternation regex it replaced matched: <c>(?&lt;![\w.+#-])(longest name first)(?![\w+#]|\.\w)</c>, case-insensitive
/// and culture-invariant, non-overlapping. One regex over 600 names cost ~200 µs per description; this costs a few.
/// </summary>
internal sealed partial class MentionScanner
{
    // The trie in flat arrays, node 0 the root: node n's children are the edges from _edgeStart[n] to _edgeStart[n + 1],
    // their characters side by side. A few tens of kilobytes in all, where a dictionary per node scattered the same
    // trie over the heap and a scan of a page's text missed the cache at nearly every step.
    private readonly int[] _edgeStart;
    private readonly char[] _edgeChar;
    private readonly int[] _edgeTarget;
    private readonly bool[] _isName;

    // The root's ASCII children by character: every position of every text starts at the root.
    private readonly int[] _asciiFromRoot = new int[128];

    public MentionScanner(IEnumerable<string> names)
    {
        var built = new List<(SortedDictionary<char, int> Children, bool IsName)> { (new(), false) };
        foreach (var name in names)
        {
            var node = 0;
            foreach (var c in name)
            {
                var folded = Fold(c);
                if (!built[node].Children.TryGetValue(folded, out var child))
                {
                    child = built.Count;
                    built.Add((new(), false));
                    built[node].Children[folded] = child;
                }
                node = child;
            }
            built[node] = (built[node].Children, true);
        }
        _edgeStart = new int[built.Count + 1];
        _edgeChar = new char[built.Count - 1];
        _edgeTarget = new int[built.Count - 1];
        _isName = [.. built.Select(n => n.IsName)];
        var edge = 0;
        for (var n = 0; n < built.Count; n++)
        {
            _edgeStart[n] = edge;
            foreach (var (c, child) in built[n].Children)
            {
                (_edgeChar[edge], _edgeTarget[edge]) = (c, child);
                edge++;
            }
        }
        _edgeStart[built.Count] = edge;
        for (var c = 0; c < _asciiFromRoot.Length; c++)
        {
            _asciiFromRoot[c] = Child(0, (char)c);
        }
    }

    private int Child(int node, char c)
    {
        var start = _edgeStart[node];
        var at = _edgeChar.AsSpan(start, _edgeStart[node + 1] - start).IndexOf(c);
        return at < 0 ? -1 : _edgeTarget[start + at];
    }

    /// <summary>Each mention as (index, length), leftmost first, the longest name that may end there winning.</summary>
    public List<(int Index, int Length)> Scan(string text)
    {
        var found = new List<(int, int)>();
        for (var i = 0; i < text.Length;)
        {
            if ((i == 0 || !BlocksBehind(text[i - 1])) && LongestAt(text, i) is > 0 and var length)
            {
                found.Add((i, length));
                i += length;
                continue;
            }
            i = NextStart(text, i);
        }
        return found;
    }

    // A name starts only after a character that does not block it: the next such position is found by skipping the
    // rest of the word (vectorized), rather than trying the trie at every letter of it.
    private static int NextStart(string text, int from)
    {
        for (var at = from; at < text.Length; at++)
        {
            var skip = text.AsSpan(at).IndexOfAnyExcept(BlockingAscii);
            if (skip < 0)
            {
                return text.Length;
            }
            at += skip;
            if (!BlocksBehind(text[at]))
            {
                return at + 1;
            }
        }
        return text.Length;
    }

    private static readonly SearchValues<char> BlockingAscii = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.+#-");

    private int LongestAt(string text, int start)
    {
        var longest = 0;
        var node = 0;
        for (var j = start; j < text.Length; j++)
        {
            var c = Fold(text[j]);
            node = j == start && c < 128 ? _asciiFromRoot[c] : Child(node, c);
            if (node < 0)
            {
                break;
            }
            if (_isName[node] && AllowsAhead(text, j + 1))
            {
                longest = j + 1 - start;
            }
        }
        return longest;
    }

    private static bool BlocksBehind(char c) => c is '.' or '+' or '#' or '-' || IsWordChar(c);

    private static bool AllowsAhead(string text, int end) =>
        end >= text.Length
        || !(text[end] is '+' or '#' || IsWordChar(text[end]) || text[end] == '.' && end + 1 < text.Length && IsWordChar(text[end + 1]));

    private static bool IsWordChar(char c) => char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) || c == '_' : WordChar().IsMatch(new ReadOnlySpan<char>(in c));

    // The names are ASCII; regex's invariant case-insensitivity also equates the Kelvin sign with k (a test pins this).
    private static char Fold(char c) => c == '\u212A' ? 'k' : char.IsAscii(c) ? char.ToLowerInvariant(c) : c;

    [GeneratedRegex(@"^\w$")]
    private static partial Regex WordChar();
}
