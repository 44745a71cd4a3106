using GraphQL;
using Marten;
using RolesBoard.Api.Geography;

namespace RolesBoard.Api.Roles;

/// <summary>How many roles each value of a facet would give; <c>value</c> is an enum name, ISO code, skill or co-op slug.</summary>
public sealed record FacetCount(string Value, int Count);

/// <summary>The counts beside a search, and how many of its roles state pay.</summary>
public sealed record RoleFacets(List<FacetCount> Skills, List<FacetCount> Remote, List<FacetCount> Countries,
    List<FacetCount> EmploymentTypes, List<FacetCount> Coops, int PayStated);

/// <summary>
/// Facet counts as Algolia and Meilisearch count them: each facet applies the whole filter except its own selection,
/// so a person can widen a choice. One statement, one scan: the rows matching the clauses every facet obeys are read
/// once as narrow tuples with a flag per selection, and each facet groups the rows whose other flags hold.
/// </summary>
public sealed class RoleFacetCounts(IQuerySession session, IDocumentStore store)
{
    /// <summary>Skills counted (the most common first); <c>skills(first)</c> shows up to this many.</summary>
    public const int MaxSkills = 100;

    public async Task<RoleFacets> CountAsync(RoleFilter filter, CancellationToken cancellationToken)
    {
        var (sql, parameters) = Statement(filter, store.Options.DatabaseSchemaName, DateTimeOffset.UtcNow);
        var facets = (await session.QueryAsync<RoleFacets>(sql, cancellationToken, [.. parameters])).Single();
        // Enum values are stored by their C# names; the API speaks GraphQL enum names (FULL_TIME).
        return facets with { Remote = AsEnumNames(facets.Remote), EmploymentTypes = AsEnumNames(facets.EmploymentTypes) };
    }

    private static List<FacetCount> AsEnumNames(List<FacetCount> counts) => [.. counts.Select(c => c with { Value = c.Value.ToConstantCase() })];

    /// <summary>The statement (public so the benchmark runs exactly it alone).</summary>
    public static (string Sql, List<object> Parameters) Statement(RoleFilter filter, string schema, DateTimeOffset now)
    {
        var conditions = RoleConditions.From(filter, schema, now);
        var facets = Enum.GetValues<RoleFacet>();
        var parameters = new List<object>();
        var flags = facets.Select(f =>
        {
            var selection = conditions.Selection(f);
            parameters.AddRange(selection.Parameters);
            return $"({selection.Sql}) as {Flag(f)}";
        }).ToList();
        var common = SqlPart.And(conditions.Common);
        parameters.AddRange(common.Parameters);
        string Others(RoleFacet facet) => string.Join(" and ", facets.Where(f => f != facet).Select(Flag));
        parameters.Add(MaxSkills);
        parameters.Add(Countries.EuMemberStates.ToArray());
        var sql = $"""
            with base as materialized (
              select d.id, d.skills, d.remote, d.employment_type, d.coop_id, d.country, d.remote_regions,
                d.salary_max_yearly_gbp is not null as pay, {string.Join(", ", flags)}
              from {schema}.mt_doc_role d where {common.Sql}
            )
            select jsonb_build_object(
              'skills', (select {Counts} from (
                  select s as v, count(*) as n from base b, unnest(b.skills) s where {Others(RoleFacet.Skills)}
                  group by s order by n desc, v limit ?) x),
              'remote', (select {Counts} from (
                  select b.remote as v, count(*) as n from base b where {Others(RoleFacet.Remote)} and b.remote is not null group by 1) x),
              'employmentTypes', (select {Counts} from (
                  select b.employment_type as v, count(*) as n from base b where {Others(RoleFacet.EmploymentTypes)} and b.employment_type is not null group by 1) x),
              'coops', (select {Counts} from (
                  select c.data ->> 'slug' as v, k.n from (select b.coop_id, count(*) as n from base b where {Others(RoleFacet.Coops)} group by 1) k
                  join {schema}.mt_doc_coop c on c.id = k.coop_id) x),
              'countries', (select coalesce(jsonb_agg(jsonb_build_object('value', x.v, 'count', x.n + a.n) order by x.n + a.n desc, x.v), '[]'::jsonb) from (
                  -- The countries a role can be taken from, as the country filter reads them: where it is based, and
                  -- the regions a remote role is open to (EU expanded); remote roles open to anywhere count for every one.
                  select e.v, count(distinct e.id) as n from (
                    select b.id, unnest(array_remove(array[b.country], null) || case when b.remote = 'Remote' then
                      (case when 'EU' = any(b.remote_regions) then b.remote_regions || ?::text[] else b.remote_regions end) else array[]::text[] end) as v
                    from base b where {Others(RoleFacet.Countries)} and not (b.remote = 'Remote' and cardinality(b.remote_regions) = 0)) e
                  where e.v <> 'EU' group by e.v) x,
                  (select count(*) as n from base b where {Others(RoleFacet.Countries)} and b.remote = 'Remote' and cardinality(b.remote_regions) = 0) a),
              'payStated', (select count(*) from base b where {Others(RoleFacet.PayStated)} and b.pay))
            """;
        return (sql, parameters);
    }

    private const string Counts = "coalesce(jsonb_agg(jsonb_build_object('value', x.v, 'count', x.n) order by x.n desc, x.v), '[]'::jsonb)";

    private static string Flag(RoleFacet facet) => "f_" + facet.ToString().ToLowerInvariant();
}
