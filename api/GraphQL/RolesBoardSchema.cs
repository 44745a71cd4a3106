using GraphQL;
using GraphQL.Types;

namespace RolesBoard.Api.GraphQL;

public sealed class RolesBoardSchema : Schema
{
    public RolesBoardSchema(IServiceProvider services, QueryType query, MutationType mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
        // Introspection's cost grows with the schema (every feature adds types); counting it at half keeps the
        // standard introspection query (the IDE's, codegen's) under the limit without raising it for data queries.
        this.WithIntrospectionComplexityImpact(0.5);
    }
}
