using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace RolesBoard.Api.GraphQL;

/// <summary>
/// What introspection costs. Its lists are the schema's own and small, so a list met once on a path counts once:
/// the standard introspection query (types, their fields, their arguments) stays affordable. A list met again below
/// itself (types { fields { type { fields { type { fields ... } } } } }) multiplies its children like any other list:
/// that re-entry is how a short query asks for the schema's size to the power of its depth.
/// </summary>
internal static class IntrospectionCost
{
    public static bool IsIntrospection(FieldImpactContext context) =>
        context.ParentType.Name.StartsWith("__", StringComparison.Ordinal) || context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal);

    public static FieldComplexityResult Of(FieldImpactContext context)
    {
        if (context.FieldDefinition.ResolvedType is not { } type || !IsList(type))
        {
            return new FieldComplexityResult(1, 1);
        }
        return new FieldComplexityResult(1, MetAbove(context) ? context.Configuration.DefaultListImpactMultiplier : 1);
    }

    private static bool IsList(IGraphType type) => type is ListGraphType || type is NonNullGraphType { ResolvedType: ListGraphType };

    private static bool MetAbove(FieldImpactContext context)
    {
        var name = context.FieldDefinition.Name;
        for (var ancestor = context.Parent; ancestor is { } above; ancestor = above.Parent)
        {
            if (!ReferenceEquals(above.FieldAst, context.FieldAst) && above.FieldDefinition.Name == name)
            {
                return true;
            }
        }
        return false;
    }
}
