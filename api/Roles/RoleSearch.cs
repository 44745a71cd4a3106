using System.Globalization;
using Marten;
using RolesBoard.Api.Coops;
using RolesBoard.Api.Geography;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Money;
using RolesBoard.Scrapers.Skills;

namespace RolesBoard.Api.Roles;

/// <summary>
/// Open roles by filter, as keyset-paged SQL over Marten's role table: ranked by full-text relevance when
/// there is free text, newest first otherwise. Every predicate hits an index declared in DocumentConfiguration.
/// </summary>
public sealed class RoleSearch(IQuerySession session, IDocumentStore store)
{
    private string Table => $"{store.Options.DatabaseSchemaName}.mt_doc_role";

    public async Task<Connection<Role>> SearchAsync(RoleFilter? filter, int first, string? after, CancellationToken cancellationToken)
    {
        var where = await WhereAsync(filter ?? new RoleFilter(), cancellationToken);
        if (where is null)
        {
            return new Connection<Role>([], new PageInfo(false, false, null, null), 0);
        }
        var ranked = !string.IsNullOrWhiteSpace(filter?.Query);
        var rank = ranked ? $"ts_rank(d.search_vector, websearch_to_tsquery('english', ?))" : "0::real";
        var parameters = new List<object>();
        if (ranked)
        {
            parameters.Add(filter!.Query!);
        }
        parameters.AddRange(where.Parameters);

        var page = new List<object>(parameters);
        var afterClause = "";
        if (Cursor.TryDecode(after, out var key, out var afterId) && TryParseSortKey(key, out var afterRank, out var afterPosted))
        {
            afterClause = "where (s.rank, s.date_posted, s.id) < (?::real, ?, ?)";
            page.AddRange([afterRank, afterPosted, afterId]);
        }
        else if (after is not null)
        {
            throw new global::GraphQL.ExecutionError("'after' is not a cursor this API issued.") { Code = "INVALID_CURSOR" };
        }
        page.Add(first + 1);

        // One round trip. The matching rows are ranked and sorted as narrow tuples (id, date, rank), never with their
        // documents; only the page's rows are joined back to their JSON, and the total comes from the same scan.
        var sql = $"""
            with matched as materialized (
              select d.id, d.date_posted, {rank} as rank from {Table} d where {where.Sql}
            ), page as (
              select s.id, s.date_posted, s.rank from matched s {afterClause}
              order by s.rank desc, s.date_posted desc, s.id desc limit ?
            )
            select jsonb_build_object(
              'total', (select count(*) from matched),
              'rows', coalesce((select jsonb_agg(jsonb_build_object('role', r.data, 'rank', p.rank) order by p.rank desc, p.date_posted desc, p.id desc)
                                from page p join {Table} r on r.id = p.id), '[]'::jsonb))
            """;
        var result = (await session.QueryAsync<SearchPage>(sql, cancellationToken, [.. page])).Single();
        var rows = result.Rows;

        var edges = rows.Take(first)
            .Select(r => new Edge<Role>(Cursor.Encode(SortKey(r.Rank, r.Role.DatePosted), r.Role.Id), r.Role))
            .ToList();
        return new Connection<Role>(edges,
            new PageInfo(rows.Count > first, after is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor),
            result.Total);
    }

    private sealed record SearchPage(int Total, List<RankedRole> Rows);

    private sealed record RankedRole(Role Role, float Rank);

    private sealed record Where(string Sql, List<object> Parameters);

    /// <summary>The SQL predicate for a filter, or null when the filter can match nothing (an unknown co-op).</summary>
    private async Task<Where?> WhereAsync(RoleFilter filter, CancellationToken cancellationToken)
    {
        var clauses = new List<string> { "d.status = 'Open'", "(d.expires_at is null or d.expires_at > ?)" };
        var parameters = new List<object> { DateTimeOffset.UtcNow };
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            clauses.Add("d.search_vector @@ websearch_to_tsquery('english', ?)");
            parameters.Add(filter.Query.Trim());
        }
        if (filter.Skills is { Count: > 0 })
        {
            var skills = filter.Skills.Select(SkillVocabulary.Default.Normalize).Distinct().ToArray();
            clauses.Add(filter.SkillMatch == SkillMatch.All ? "d.skills @> ?" : "d.skills && ?");
            parameters.Add(skills);
        }
        if (filter.Remote is { Count: > 0 })
        {
            clauses.Add("d.remote = any(?)");
            parameters.Add(filter.Remote.Select(r => r.ToString()).ToArray());
        }
        if (filter.EmploymentTypes is { Count: > 0 })
        {
            clauses.Add("d.employment_type = any(?)");
            parameters.Add(filter.EmploymentTypes.Select(r => r.ToString()).ToArray());
        }
        if (!string.IsNullOrWhiteSpace(filter.Coop))
        {
            var coop = await session.Query<Coop>().FirstOrDefaultAsync(c => c.Slug == filter.Coop.Trim().ToLowerInvariant(), cancellationToken);
            if (coop is null)
            {
                return null;
            }
            clauses.Add("d.coop_id = ?");
            parameters.Add(coop.Id);
        }
        if (filter.Country is not null)
        {
            var country = Countries.Resolve(filter.Country)
                ?? throw new global::GraphQL.ExecutionError($"Unknown country '{filter.Country}': use an ISO 3166 code such as GB.") { Code = "INVALID_COUNTRY" };
            // On site in that country, or remote and open to it (no regions listed means anywhere).
            var regions = Countries.IsInEu(country) ? new[] { country, Countries.EuropeanUnion } : [country];
            clauses.Add("((d.remote = 'Remote' and (jsonb_array_length(coalesce(d.data -> 'remoteRegions', '[]'::jsonb)) = 0 or jsonb_exists_any(d.data -> 'remoteRegions', ?))) or d.data ->> 'country' = ?)");
            parameters.Add(regions);
            parameters.Add(country);
        }
        if (filter.MinSalary is { } floor)
        {
            var yearly = SalaryPeriods.ToYearlyGbp(floor.Amount, floor.Currency.Trim().ToUpperInvariant(), floor.Period)
                ?? throw new global::GraphQL.ExecutionError($"minSalary.currency '{floor.Currency}' is not a currency we can compare.") { Code = "INVALID_CURRENCY" };
            clauses.Add("d.salary_max_yearly_gbp >= ?");
            parameters.Add(yearly);
        }
        if (filter.PostedSince is { } since)
        {
            clauses.Add("d.date_posted >= ?");
            parameters.Add(since.ToUniversalTime());
        }
        if (filter.Source is { } source)
        {
            clauses.Add("d.data ->> 'source' = ?");
            parameters.Add(source.ToString());
        }
        return new Where(string.Join(" and ", clauses), parameters);
    }

    private static string SortKey(float rank, DateTimeOffset posted) =>
        rank.ToString("R", CultureInfo.InvariantCulture) + "~" + posted.UtcTicks.ToString(CultureInfo.InvariantCulture);

    private static bool TryParseSortKey(string key, out float rank, out DateTimeOffset posted)
    {
        posted = default;
        var parts = key.Split('~');
        if (parts.Length == 2 && float.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out rank)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks is > 0 and < 3155378975999999999)
        {
            posted = new DateTimeOffset(ticks, TimeSpan.Zero);
            return true;
        }
        rank = 0;
        return false;
    }
}
