using System.Text.RegularExpressions;

namespace RolesBoard.Scrapers.Skills;

/// <summary>
/// Finds skill names in free text with one left-to-right pass over a trie of the names, matching exactly what the
/// alternation regex it replaced matched: <c>(?&lt;![\w.+#-])(longest name first)(?![\w+#]|\.\w)</c>, case-insensitive
/// and culture-invariant, non-overlapping. One regex over 600 names cost ~200 µs per description; this costs a few.
/// </summary>
internal sealed partial class MentionScanner
{
    // The trie, flattened into arrays so a lookup walks a few contiguous cache lines instead of one dictionary per
    // node: descriptions are scanned one after another, and the scattered nodes fell out of the cache between them.
    private readonly int[] _firstEdge;
    private readonly int[] _edgeCount;
    private readonly bool[] _isName;
    private readonly char[] _edgeChar;
    private readonly int[] _edgeTarget;

    // The root's ASCII children by character: every position of every text starts at the root.
    private readonly int[] _asciiFromRoot = new int[128];

    public MentionScanner(IEnumerable<string> names)
    {
        var root = new Node();
        foreach (var name in names)
        {
            var node = root;
            foreach (var c in name)
            {
                node = node.Child(Fold(c));
            }
            node.IsName = true;
        }
        // Breadth first, so each node's edges sit together and near its siblings'.
        var order = new List<Node> { root };
        for (var i = 0; i < order.Count; i++)
        {
            order[i].Index = i;
            order.AddRange(order[i].Children.OrderBy(kv => kv.Key).Select(kv => kv.Value));
        }
        (_firstEdge, _edgeCount, _isName) = (new int[order.Count], new int[order.Count], new bool[order.Count]);
        var edges = order.Sum(n => n.Children.Count);
        (_edgeChar, _edgeTarget) = (new char[edges], new int[edges]);
        var next = 0;
        foreach (var node in order)
        {
            (_firstEdge[node.Index], _edgeCount[node.Index], _isName[node.Index]) = (next, node.Children.Count, node.IsName);
            foreach (var (c, child) in node.Children.OrderBy(kv => kv.Key))
            {
                (_edgeChar[next], _edgeTarget[next]) = (c, child.Index);
                next++;
            }
        }
        for (var c = 0; c < _asciiFromRoot.Length; c++)
        {
            _asciiFromRoot[c] = root.Children.TryGetValue((char)c, out var child) ? child.Index : NoNode;
        }
    }

    private const int NoNode = -1;

    /// <summary>Each mention as (index, length), leftmost first, the longest name that may end there winning.</summary>
    public List<(int Index, int Length)> Scan(string text)
    {
        var found = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            var length = i > 0 && BlocksBehind(text[i - 1]) ? 0 : LongestAt(text, i);
            if (length > 0)
            {
                found.Add((i, length));
                i += length;
            }
            else
            {
                i++;
            }
        }
        return found;
    }

    private int LongestAt(string text, int start)
    {
        var longest = 0;
        var node = 0;
        for (var j = start; j < text.Length; j++)
        {
            var c = Fold(text[j]);
            node = j == start && c < 128 ? _asciiFromRoot[c] : Child(node, c);
            if (node == NoNode)
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

    private int Child(int node, char c)
    {
        var end = _firstEdge[node] + _edgeCount[node];
        for (var e = _firstEdge[node]; e < end; e++)
        {
            if (_edgeChar[e] == c)
            {
                return _edgeTarget[e];
            }
        }
        return NoNode;
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

    private sealed class Node
    {
        public Dictionary<char, Node> Children { get; } = [];

        public bool IsName { get; set; }

        public int Index { get; set; }

        public Node Child(char c) => Children.TryGetValue(c, out var child) ? child : Children[c] = new Node();
    }
}
