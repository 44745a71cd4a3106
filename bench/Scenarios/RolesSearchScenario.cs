using System.Net.Http.Json;
using System.Text;
using Npgsql;
using RolesBoard.Api.Roles;
using RolesBoard.Bench.Harness;

namespace RolesBoard.Bench.Scenarios;

/// <summary>
/// A search page with its facets (free text plus two filters, 20 per page) through GraphQL over HTTP, against the
/// same SQL alone over Npgsql: the statements RoleSearch and RoleFacetCounts send (built by the same code, so the two
/// can never drift apart), then the page's co-op names. The difference is what our layers (HTTP, GraphQL, Marten's
/// deserialization, co-op loading) cost.
/// </summary>
public static class RolesSearchScenario
{
    private static readonly string[] Texts = ["developer", "designer", "engineer", "python", "drupal", "charities", "senior", "web"];

    private const string Query = """
        query($f: RoleFilter) { roles(filter: $f, first: 20) { totalCount nodes { id title skills remote salary { min max currency } coop { name } }
          facets { skills(first: 10) { value count } remote { value count } countries { value count } employmentTypes { value count } coops { value count } payStated } } }
        """;

    private static RoleFilter Filter(int i) => new()
    {
        Query = Texts[i % Texts.Length], Skills = ["Python", "PostgreSQL"], Remote = [RemotePolicy.Remote, RemotePolicy.Hybrid],
    };

    public static async Task<ScenarioResult> RunAsync(BenchContext bench)
    {
        await using var dataSource = NpgsqlDataSource.Create(bench.ConnectionString);
        // In turns: sampled one side after the other, this ratio swung from 0.98 to 1.31 across runs of one build.
        var (graphql, sql) = await Timing.AlternatingSamplesAsync(bench.Scale.Warmup, bench.Scale.Samples, async i =>
        {
            using var response = await bench.Http.PostAsJsonAsync(new Uri(bench.Api.Url, "/graphql"), new
            {
                query = Query,
                variables = new { f = new { query = Texts[i % Texts.Length], skills = new[] { "Python", "PostgreSQL" }, remote = new[] { "REMOTE", "HYBRID" } } },
            });
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
        }, async i =>
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            var now = DateTimeOffset.UtcNow;
            var page = await ScalarAsync(connection, RoleSearch.Statement(Filter(i), bench.Schema, now, 20, null));
            await ScalarAsync(connection, RoleFacetCounts.Statement(Filter(i), bench.Schema, now));
            // The co-op names of the page's roles, as the GraphQL query's coop { name } needs them.
            await using var names = new NpgsqlCommand($"""
                select c.data ->> 'name' from {bench.Schema}.mt_doc_coop c
                where c.id in (select (r -> 'role' ->> 'coopId')::uuid from jsonb_array_elements($1::jsonb -> 'rows') r)
                """, connection);
            names.Parameters.AddWithValue(page);
            await using var reader = await names.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                _ = reader.GetString(0);
            }
        });
        return new ScenarioResult("roles_search", "sql_alone", Timing.Percentile(graphql, 50), Timing.Percentile(graphql, 95),
            Timing.Percentile(sql, 50), Timing.Percentile(sql, 95), "ms", "<= 1.3", "with facets: the page, its total and every facet's counts, against the same statements alone");
    }

    /// <summary>Runs a statement written with Marten's positional <c>?</c> placeholders, as Npgsql's $1, $2, ….</summary>
    private static async Task<string> ScalarAsync(NpgsqlConnection connection, (string Sql, List<object> Parameters) statement)
    {
        var text = new StringBuilder();
        var n = 0;
        foreach (var c in statement.Sql)
        {
            text.Append(c == '?' ? "$" + ++n : c.ToString());
        }
        await using var command = new NpgsqlCommand(text.ToString(), connection);
        foreach (var parameter in statement.Parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
