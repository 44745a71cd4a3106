using GraphQLParser.AST;

namespace RolesBoard.Api.GraphQL;

/// <summary>The root fields a request's mutation would run, aliases and fragments included: what the rate limits count.</summary>
internal static class RootMutations
{
    public sealed record Count(int Total, int ProfileCreations);

    public static Count Of(GraphQLDocument document, string? operationName)
    {
        if (Selected(document, operationName) is not { Operation: OperationType.Mutation } selected)
        {
            return new Count(0, 0);
        }
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue).ToDictionary(g => g.Key, g => g.First());
        var names = new List<string>();
        Collect(selected.SelectionSet, fragments, [], names);
        return new Count(names.Count, names.Count(n => n == "createProfile"));
    }

    /// <summary>The operation a request runs: the named one, or the only one; null when that is ambiguous or absent.</summary>
    public static GraphQLOperationDefinition? Selected(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }

    private static void Collect(GraphQLSelectionSet set, Dictionary<string, GraphQLFragmentDefinition> fragments, HashSet<string> entered, List<string> names)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    names.Add(field.Name.StringValue);
                    break;
                case GraphQLInlineFragment inline:
                    Collect(inline.SelectionSet, fragments, entered, names);
                    break;
                case GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment) && entered.Add(fragment.FragmentName.Name.StringValue):
                    Collect(fragment.SelectionSet, fragments, entered, names);
                    break;
            }
        }
    }
}
