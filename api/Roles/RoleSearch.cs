using System.Globalization;
using Marten;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Roles;

/// <summary>
/// Open roles by filter, as keyset-paged SQL over Marten's role table: ranked by full-text relevance when
/// there is free text, newest first otherwise. Every predicate (RoleConditions) hits an index declared in DocumentConfiguration.
/// </summary>
public sealed class RoleSearch(IQuerySession session, IDocumentStore store)
{
    public async Task<RoleConnection> SearchAsync(RoleFilter? filter, int first, string? after, CancellationToken cancellationToken)
    {
        filter ??= new RoleFilter();
        var (sql, parameters) = Statement(filter, store.Options.DatabaseSchemaName, DateTimeOffset.UtcNow, first, after);
        var result = (await session.QueryAsync<SearchPage>(sql, cancellationToken, [.. parameters])).Single();
        var rows = result.Rows;
        var edges = rows.Take(first)
            .Select(r => new Edge<Role>(Cursor.Encode(SortKey(r.Rank, r.Role.DatePosted), r.Role.Id), r.Role))
            .ToList();
        return new RoleConnection(edges,
            new PageInfo(rows.Count > first, after is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor),
            result.Total, filter);
    }

    /// <summary>
    /// The one statement a page is (public so the benchmark runs exactly it alone). The matching rows are ranked and
    /// sorted as narrow tuples (id, date, rank), never with their documents; only the page's rows are joined back to
    /// their JSON, and the total comes from the same scan.
    /// </summary>
    public static (string Sql, List<object> Parameters) Statement(RoleFilter filter, string schema, DateTimeOffset now, int first, string? after)
    {
        var where = RoleConditions.From(filter, schema, now).All;
        var ranked = !string.IsNullOrWhiteSpace(filter.Query);
        var rank = ranked ? "ts_rank(d.search_vector, websearch_to_tsquery('english', ?))" : "0::real";
        var parameters = new List<object>();
        if (ranked)
        {
            parameters.Add(filter.Query!.Trim());
        }
        parameters.AddRange(where.Parameters);
        var afterClause = "";
        if (Cursor.TryDecode(after, out var key, out var afterId) && TryParseSortKey(key, out var afterRank, out var afterPosted))
        {
            afterClause = "where (s.rank, s.date_posted, s.id) < (?::real, ?, ?)";
            parameters.AddRange([afterRank, afterPosted, afterId]);
        }
        else if (after is not null)
        {
            throw new global::GraphQL.ExecutionError("'after' is not a cursor this API issued.") { Code = "INVALID_CURSOR" };
        }
        parameters.Add(first + 1);
        var table = $"{schema}.mt_doc_role";
        var sql = $"""
            with matched as materialized (
              select d.id, d.date_posted, {rank} as rank from {table} d where {where.Sql}
            ), page as (
              select s.id, s.date_posted, s.rank from matched s {afterClause}
              order by s.rank desc, s.date_posted desc, s.id desc limit ?
            )
            select jsonb_build_object(
              'total', (select count(*) from matched),
              'rows', coalesce((select jsonb_agg(jsonb_build_object('role', r.data, 'rank', p.rank) order by p.rank desc, p.date_posted desc, p.id desc)
                                from page p join {table} r on r.id = p.id), '[]'::jsonb))
            """;
        return (sql, parameters);
    }

    private sealed record SearchPage(int Total, List<RankedRole> Rows);

    private sealed record RankedRole(Role Role, float Rank);

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
