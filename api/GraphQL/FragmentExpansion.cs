using GraphQLParser.AST;

namespace RolesBoard.Api.GraphQL;

/// <summary>
/// How many fields a document selects once every fragment spread is replaced by its fragment. Fragments that each
/// spread the next one twice double the count per level while the text grows by a line, and validation walks the
/// expanded tree: counting it first (each fragment once, memoized) bounds that work before validation starts.
/// </summary>
internal sealed class FragmentExpansion
{
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = [];
    private readonly Dictionary<string, long> _counted = [];
    private readonly HashSet<string> _visiting = [];
    private readonly long _limit;

    private FragmentExpansion(GraphQLDocument document, long limit)
    {
        _limit = limit;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
    }

    /// <summary>The expanded field count of every operation and fragment, saturating just past <paramref name="limit"/>.</summary>
    public static long Count(GraphQLDocument document, long limit)
    {
        var expansion = new FragmentExpansion(document, limit);
        var total = 0L;
        foreach (var definition in document.Definitions)
        {
            total = expansion.Add(total, definition switch
            {
                GraphQLOperationDefinition operation => expansion.Count(operation.SelectionSet),
                GraphQLFragmentDefinition fragment => expansion.CountFragment(fragment.FragmentName.Name.StringValue),
                _ => 0,
            });
        }
        return total;
    }

    private long Count(GraphQLSelectionSet? set)
    {
        var total = 0L;
        foreach (var selection in set?.Selections ?? [])
        {
            total = Add(total, selection switch
            {
                GraphQLField field => Add(1, Count(field.SelectionSet)),
                GraphQLInlineFragment inline => Count(inline.SelectionSet),
                GraphQLFragmentSpread spread => CountFragment(spread.FragmentName.Name.StringValue),
                _ => 0,
            });
            if (total > _limit)
            {
                break;
            }
        }
        return total;
    }

    private long CountFragment(string name)
    {
        if (_counted.TryGetValue(name, out var known))
        {
            return known;
        }
        // Unknown fragments and cycles are validation's to report; they add nothing here.
        if (!_fragments.TryGetValue(name, out var fragment) || !_visiting.Add(name))
        {
            return 0;
        }
        var count = Count(fragment.SelectionSet);
        _visiting.Remove(name);
        _counted[name] = count;
        return count;
    }

    private long Add(long a, long b) => Math.Min(a + b, _limit + 1);
}
