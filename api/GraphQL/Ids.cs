using GraphQL;

namespace RolesBoard.Api.GraphQL;

public static class Ids
{
    /// <summary>The "id" argument as a Guid; a malformed id becomes Guid.Empty, which no document has, so it
    /// reaches the payload as NOT_FOUND instead of failing the whole request.</summary>
    public static Guid From(IResolveFieldContext context, string name = "id") =>
        Guid.TryParse(context.GetArgument<string>(name), out var id) ? id : Guid.Empty;
}
