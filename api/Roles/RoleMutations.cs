using GraphQL;
using GraphQL.Types;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Roles;

public sealed class RolePayloadType() : PayloadType<Role, RoleType>("RolePayload", "role");

public static class RoleMutations
{
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
