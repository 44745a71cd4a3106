using System.Net.Http.Json;
using Npgsql;
using RolesBoard.Bench.Harness;

namespace RolesBoard.Bench.Scenarios;

/// <summary>
/// A search page (free text plus two filters, 20 per page) through GraphQL over HTTP, against the same SQL
/// alone over Npgsql: the difference is what our layers (HTTP, GraphQL, Marten, co-op loading) cost.
/// </summary>
public static class RolesSearchScenario
{
    private static readonly string[] Texts = ["developer", "designer", "engineer", "python", "drupal", "charities", "senior", "web"];

    private const string Query = """
        query($f: RoleFilter) { roles(filter: $f, first: 20) { totalCount nodes { id title skills remote salary { min max currency } coop { name } } } }
        """;

    public static async Task<ScenarioResult> RunAsync(BenchContext bench)
    {
        var graphql = await Timing.SampleAsync(bench.Scale.Warmup, bench.Scale.Samples, async i =>
        {
            using var response = await bench.Http.PostAsJsonAsync(new Uri(bench.Api.Url, "/graphql"), new
            {
                query = Query,
                variables = new { f = new { query = Texts[i % Texts.Length], skills = new[] { "Python", "PostgreSQL" }, remote = new[] { "REMOTE", "HYBRID" } } },
            });
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
        });

        await using var dataSource = NpgsqlDataSource.Create(bench.ConnectionString);
        var sql = await Timing.SampleAsync(bench.Scale.Warmup, bench.Scale.Samples, async i =>
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            // The same statement RoleSearch sends (predicates, ranking, page and total in one round trip), plus the
            // co-op names the GraphQL query asks for, as hand-written SQL.
            await using var page = new NpgsqlCommand($"""
                with matched as materialized (
                  select d.id, d.date_posted, d.coop_id, ts_rank(d.search_vector, websearch_to_tsquery('english', $1)) as rank
                  from {bench.RoleTable} d
                  where d.status = 'Open' and (d.expires_at is null or d.expires_at > now())
                    and d.search_vector @@ websearch_to_tsquery('english', $1)
                    and d.skills && $2 and d.remote = any($3)
                ), page as (
                  select s.id, s.date_posted, s.coop_id, s.rank from matched s order by s.rank desc, s.date_posted desc, s.id desc limit 21
                )
                select (select count(*) from matched), r.data, c.data ->> 'name'
                from page p join {bench.RoleTable} r on r.id = p.id join {bench.Schema}.mt_doc_coop c on c.id = p.coop_id
                order by p.rank desc, p.date_posted desc, p.id desc
                """, connection);
            page.Parameters.AddWithValue(Texts[i % Texts.Length]);
            page.Parameters.AddWithValue(new[] { "Python", "PostgreSQL" });
            page.Parameters.AddWithValue(new[] { "Remote", "Hybrid" });
            await using var reader = await page.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                _ = reader.GetString(1);
            }
        });
        return new ScenarioResult("roles_search", "sql_alone", Timing.Percentile(graphql, 50), Timing.Percentile(graphql, 95),
            Timing.Percentile(sql, 50), Timing.Percentile(sql, 95), "ms", "<= 1.5");
    }
}
