using GraphQL;
using GraphQL.Types;
using Marten;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Roles;

public sealed class RolePayloadType() : PayloadType<Role, RoleType>("RolePayload", "role");

/// <summary>The roles feature's root fields: QueryType and MutationType call these.</summary>
public static class RoleFields
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

    public static void AddRoleMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RolePayloadType>>("postRole")
            .Description("Post a role (a verified co-op's key).")
            .Argument<NonNullGraphType<PostRoleInputType>>("input")
            .ResolveAsync(async c => await Posting(c).PostAsync(c.GetArgument<PostRoleInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<RolePayloadType>>("updateRole")
            .Description("Replace a role's details (its co-op's key).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<PostRoleInputType>>("input")
            .ResolveAsync(async c => await Posting(c).UpdateAsync(Ids.From(c), c.GetArgument<PostRoleInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<RolePayloadType>>("closeRole")
            .Description("Close a role (its co-op's key).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Posting(c).CloseAsync(Ids.From(c), c.CancellationToken));
    }

    private static RolePosting Posting(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RolePosting>();
}
