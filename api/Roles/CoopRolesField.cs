using GraphQL;
using GraphQL.Types;
using RolesBoard.Api.Coops;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Roles;

/// <summary><c>Coop.roles</c>: a co-op's open roles, added to the Coops feature's type from here.</summary>
internal sealed class CoopRolesField : IGraphTypeExtension<CoopType>
{
    public void Extend(CoopType coop) =>
        coop.Field<NonNullGraphType<RoleConnectionType>>("roles")
            .Description("Its open roles, newest first.")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<RoleSearch>().SearchAsync(
                new RoleFilter { Coop = c.Source.Slug }, PageSize.Check(c.GetArgument<int?>("first")), c.GetArgument<string?>("after"), c.CancellationToken));
}
