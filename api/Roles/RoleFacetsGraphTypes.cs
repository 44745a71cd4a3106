using GraphQL;
using GraphQL.Types;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Roles;

/// <summary>A page of roles that remembers its filter, so its facets are counted only when someone asks for them.</summary>
public sealed record RoleConnection(IReadOnlyList<Edge<Role>> Edges, PageInfo PageInfo, int TotalCount, RoleFilter Filter)
    : Connection<Role>(Edges, PageInfo, TotalCount);

public sealed class RoleConnectionType : ConnectionType<Role, RoleType>
{
    public RoleConnectionType() : base("Role")
    {
        Field<NonNullGraphType<RoleFacetsType>>("facets")
            .Description("Counts to narrow the search by: each facet applies the whole filter except its own selection.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<RoleFacetCounts>().CountAsync(
                c.Source is RoleConnection page ? page.Filter : new RoleFilter(), c.CancellationToken));
    }
}

public sealed class RoleFacetsType : ObjectGraphType<RoleFacets>
{
    public RoleFacetsType()
    {
        Name = "RoleFacets";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountType>>>>("skills")
            .Description($"The most common skills first (canonical names), up to {RoleFacetCounts.MaxSkills}.")
            .Argument<IntGraphType>("first", "How many (default 20).")
            .Resolve(c =>
            {
                var first = c.GetArgument<int?>("first") ?? PageSize.Default;
                return first is < 0 or > RoleFacetCounts.MaxSkills
                    ? throw new ExecutionError($"'first' must be between 0 and {RoleFacetCounts.MaxSkills}.") { Code = "INVALID_PAGE_SIZE" }
                    : c.Source.Skills.Take(first);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountType>>>>("remote").Description("By RemotePolicy name.").Resolve(c => c.Source.Remote);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountType>>>>("countries")
            .Description("ISO 3166 codes, counted as the country filter reads them (based there, or remote and open to it).").Resolve(c => c.Source.Countries);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountType>>>>("employmentTypes").Description("By EmploymentType name.").Resolve(c => c.Source.EmploymentTypes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountType>>>>("coops").Description("By co-op slug.").Resolve(c => c.Source.Coops);
        Field(f => f.PayStated).Description("How many roles state their pay (the payStated filter left out).");
    }
}

public sealed class FacetCountType : ObjectGraphType<FacetCount>
{
    public FacetCountType()
    {
        Name = "FacetCount";
        Field(f => f.Value);
        Field(f => f.Count);
    }
}
