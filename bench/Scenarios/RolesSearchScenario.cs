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
            // The same predicates, ranking and page as RoleSearch, plus the co-op names, as hand-written SQL.
            await using var page = new NpgsqlCommand($"""
                select d.data, c.data ->> 'name' from (
                  select d.data, d.coop_id, d.date_posted, d.id,
                         ts_rank(d.search_vector, websearch_to_tsquery('english', $1)) as rank
                  from {bench.RoleTable} d
                  where d.status = 'Open' and (d.expires_at is null or d.expires_at > now())
                    and d.search_vector @@ websearch_to_tsquery('english', $1)
                    and d.skills && $2 and d.remote = any($3)
                ) d join {bench.Schema}.mt_doc_coop c on c.id = d.coop_id
                order by d.rank desc, d.date_posted desc, d.id desc limit 21
                """, connection);
            page.Parameters.AddWithValue(Texts[i % Texts.Length]);
            page.Parameters.AddWithValue(new[] { "Python", "PostgreSQL" });
            page.Parameters.AddWithValue(new[] { "Remote", "Hybrid" });
            await using (var reader = await page.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    _ = reader.GetString(0);
                }
            }
            await using var count = new NpgsqlCommand($"""
                select count(*) from {bench.RoleTable} d where d.status = 'Open' and (d.expires_at is null or d.expires_at > now())
                  and d.search_vector @@ websearch_to_tsquery('english', $1) and d.skills && $2 and d.remote = any($3)
                """, connection);
            count.Parameters.AddWithValue(Texts[i % Texts.Length]);
            count.Parameters.AddWithValue(new[] { "Python", "PostgreSQL" });
            count.Parameters.AddWithValue(new[] { "Remote", "Hybrid" });
            await count.ExecuteScalarAsync();
        });
        return new ScenarioResult("roles_search", "sql_alone", Timing.Percentile(graphql, 50), Timing.Percentile(graphql, 95),
            Timing.Percentile(sql, 50), Timing.Percentile(sql, 95), "ms", "<= 1.5");
    }
}
