using RolesBoard.Api.Geography;
using RolesBoard.Api.Money;
using RolesBoard.Scrapers.Skills;

namespace RolesBoard.Api.Roles;

/// <summary>A piece of SQL with its positional (<c>?</c>) parameters, in the order they appear.</summary>
public sealed record SqlPart(string Sql, IReadOnlyList<object> Parameters)
{
    public static readonly SqlPart True = new("true", []);

    public static SqlPart And(IEnumerable<SqlPart> parts)
    {
        var list = parts.ToList();
        return list.Count == 0 ? True : new(string.Join(" and ", list.Select(p => p.Sql)), [.. list.SelectMany(p => p.Parameters)]);
    }
}

/// <summary>The facets a search counts by; each is also a selection the filter can make.</summary>
public enum RoleFacet
{
    Skills,
    Remote,
    Countries,
    EmploymentTypes,
    Coops,
    PayStated,
}

/// <summary>
/// A <see cref="RoleFilter"/> as SQL predicates over the role table (alias <c>d</c>): the clauses every count obeys,
/// and one selection per facet, kept apart so that a facet's counts can leave out its own selection. Pure: the co-op
/// slug and the co-op facts are subqueries (the slug is uniquely indexed), so building it reads nothing.
/// </summary>
public sealed record RoleConditions(IReadOnlyList<SqlPart> Common, IReadOnlyDictionary<RoleFacet, SqlPart> Selections)
{
    /// <summary>The whole filter.</summary>
    public SqlPart All => SqlPart.And([.. Common, .. Selections.Values]);

    /// <summary>A facet's selection, or true when the filter makes none.</summary>
    public SqlPart Selection(RoleFacet facet) => Selections.TryGetValue(facet, out var part) ? part : SqlPart.True;

    /// <summary>Throws a GraphQL error with a code for a value no role can be compared with (country, currency).</summary>
    public static RoleConditions From(RoleFilter filter, string schema, DateTimeOffset now)
    {
        var common = new List<SqlPart> { new("d.status = 'Open' and (d.expires_at is null or d.expires_at > ?)", [now]) };
        var selections = new Dictionary<RoleFacet, SqlPart>();
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            common.Add(new("d.search_vector @@ websearch_to_tsquery('english', ?)", [filter.Query.Trim()]));
        }
        if (filter.Skills is { Count: > 0 })
        {
            var skills = filter.Skills.Select(SkillVocabulary.Default.Normalize).Distinct().ToArray();
            selections[RoleFacet.Skills] = new(filter.SkillMatch == SkillMatch.All ? "d.skills @> ?" : "d.skills && ?", [skills]);
        }
        if (filter.Remote is { Count: > 0 })
        {
            selections[RoleFacet.Remote] = new("d.remote = any(?)", [filter.Remote.Select(r => r.ToString()).ToArray()]);
        }
        if (filter.EmploymentTypes is { Count: > 0 })
        {
            selections[RoleFacet.EmploymentTypes] = new("d.employment_type = any(?)", [filter.EmploymentTypes.Select(r => r.ToString()).ToArray()]);
        }
        if (!string.IsNullOrWhiteSpace(filter.Coop))
        {
            // An unknown slug selects nothing (null never equals).
            selections[RoleFacet.Coops] = new($"d.coop_id = (select c.id from {schema}.mt_doc_coop c where c.data ->> 'slug' = ?)", [filter.Coop.Trim().ToLowerInvariant()]);
        }
        if (filter.Country is not null)
        {
            var country = Countries.Resolve(filter.Country)
                ?? throw new global::GraphQL.ExecutionError($"Unknown country '{filter.Country}': use an ISO 3166 code such as GB.") { Code = "INVALID_COUNTRY" };
            // On site in that country, or remote and open to it (no regions listed means anywhere).
            var regions = Countries.IsInEu(country) ? new[] { country, Countries.EuropeanUnion } : [country];
            selections[RoleFacet.Countries] = new("((d.remote = 'Remote' and (cardinality(d.remote_regions) = 0 or d.remote_regions && ?)) or d.country = ?)", [regions, country]);
        }
        if (filter.MinSalary is { } floor)
        {
            var yearly = SalaryPeriods.ToYearlyGbp(floor.Amount, floor.Currency.Trim().ToUpperInvariant(), floor.Period)
                ?? throw new global::GraphQL.ExecutionError($"minSalary.currency '{floor.Currency}' is not a currency we can compare.") { Code = "INVALID_CURRENCY" };
            // Roles that state no pay stay unless the caller asks for stated pay only (payStated: true), as other boards do.
            common.Add(new("(d.salary_max_yearly_gbp >= ? or d.salary_max_yearly_gbp is null)", [yearly]));
        }
        if (filter.PayStated is { } stated)
        {
            selections[RoleFacet.PayStated] = new(stated ? "d.salary_max_yearly_gbp is not null" : "d.salary_max_yearly_gbp is null", []);
        }
        if (filter.PostedSince is { } since)
        {
            common.Add(new("d.date_posted >= ?", [since.ToUniversalTime()]));
        }
        if (filter.Source is { } source)
        {
            common.Add(new("d.data ->> 'source' = ?", [source.ToString()]));
        }
        if (CoopTerms(filter, schema) is { } terms)
        {
            common.Add(terms);
        }
        return new RoleConditions(common, selections);
    }

    /// <summary>The co-op facts asked for, as one subquery over the (small) co-op table; unknown facts never match.</summary>
    private static SqlPart? CoopTerms(RoleFilter filter, string schema)
    {
        var clauses = new List<SqlPart>();
        if (filter.Ownership is { Count: > 0 } ownership)
        {
            clauses.Add(new("c.data ->> 'ownership' = any(?)", [ownership.Select(o => o.ToString()).ToArray()]));
        }
        if (filter.FlatPay is { } flat)
        {
            clauses.Add(new("(c.data ->> 'flatPay')::boolean = ?", [flat]));
        }
        if (filter.MaxMonthsToMembership is { } months)
        {
            clauses.Add(new("(c.data ->> 'membershipAfterMonths')::int <= ?", [months]));
        }
        if (filter.MaxHoursPerWeek is { } hours)
        {
            clauses.Add(new("(c.data ->> 'hoursPerWeek')::float8 <= ?", [(double)hours]));
        }
        if (clauses.Count == 0)
        {
            return null;
        }
        var where = SqlPart.And(clauses);
        return new($"d.coop_id in (select c.id from {schema}.mt_doc_coop c where {where.Sql})", where.Parameters);
    }
}
