using GraphQL.Types;

namespace RolesBoard.Api.GraphQL;

public sealed class RolesBoardSchema : Schema
{
    public RolesBoardSchema(IServiceProvider services, QueryType query, MutationType mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
    }
}
