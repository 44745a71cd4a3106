using GraphQL.Types;

namespace RolesBoard.Api.GraphQL;

/// <summary>The root mutation: each feature adds its own fields.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Field<NonNullGraphType<StringGraphType>>("ping").Resolve(_ => "pong");
    }
}
