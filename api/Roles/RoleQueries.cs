using GraphQL;
using GraphQL.Types;
using Marten;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Roles;

public static class RoleQueries
{
    public static void AddRoleQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<RoleConnectionType>>("roles")
            .Description("Open roles: ranked by relevance with free text, newest first otherwise. Expired roles never appear.")
            .Argument<RoleFilterType>("filter")
            .Argument<IntGraphType>("first", "Page size, 1 to 100 (default 20).")
            .Argument<StringGraphType>("after", "The endCursor of the previous page.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<RoleSearch>().SearchAsync(
                c.GetArgument<RoleFilter?>("filter"), PageSize.Check(c.GetArgument<int?>("first")), c.GetArgument<string?>("after"), c.CancellationToken));
        query.Field<RoleType>("role")
            .Description("One role by id, open or not.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => Guid.TryParse(c.GetArgument<string>("id"), out var id)
                ? await c.RequestServices!.GetRequiredService<IQuerySession>().LoadAsync<Role>(id, c.CancellationToken)
                : null);
    }
}
