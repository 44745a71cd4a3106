namespace RolesBoard.Scrapers.Extraction.Prose;

/// <summary>
/// Class names looked up by the tokens of a class attribute: each token is found in one hash lookup, without
/// splitting the attribute into strings, where testing every known name against the attribute cost a search each.
/// </summary>
internal sealed class ClassNames<T>
{
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public ClassNames(IEnumerable<KeyValuePair<string, T>> names) =>
        _lookup = new Dictionary<string, T>(names, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The values of the known names among the attribute's tokens, in the attribute's order.</summary>
    public Enumerator In(string? classes) => new(this, classes ?? "");

    public ref struct Enumerator(ClassNames<T> names, string classes)
    {
        private int _next;

        public T Current { get; private set; } = default!;

        public readonly Enumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var span = classes.AsSpan();
            while (_next < span.Length)
            {
                var start = _next;
                while (start < span.Length && char.IsWhiteSpace(span[start]))
                {
                    start++;
                }
                var end = start;
                while (end < span.Length && !char.IsWhiteSpace(span[end]))
                {
                    end++;
                }
                _next = end;
                if (end > start && names._lookup.TryGetValue(span[start..end], out var value))
                {
                    Current = value;
                    return true;
                }
            }
            return false;
        }
    }
}
