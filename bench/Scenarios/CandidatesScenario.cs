using System.Text.Json;
using Npgsql;
using RolesBoard.Api.Matching;
using RolesBoard.Api.Roles;
using RolesBoard.Bench.Data;
using RolesBoard.Bench.Harness;

namespace RolesBoard.Bench.Scenarios;

/// <summary>
/// candidates top 20 through GraphQL over HTTP as each role's co-op (its API key), for a rotating sample of seeded
/// roles, against the same ranking over opted-in profiles as one hand-written SQL query over Npgsql (CandidatesSql).
/// </summary>
public static class CandidatesScenario
{
    private const string Query = """
        query($id: ID!) { candidates(roleId: $id, first: 20) { score matchedSkills missingSkills reasons candidate { id headline skills country remote willRelocate employmentTypes } } }
        """;

    public static async Task<ScenarioResult> RunAsync(BenchContext bench)
    {
        await using var session = bench.Store.QuerySession();
        var roles = await session.QueryAsync<Role>($"select data from {bench.RoleTable} where status = 'Open' order by id limit ?", Math.Min(bench.Scale.Samples, 100));
        var keys = bench.Coops.ToDictionary(c => c.Id, c => Generator.CoopKey(c.Slug));
        var now = DateTimeOffset.UtcNow;
        var queries = roles.Select(r => CandidatesSql.For(r, now, bench.Schema)).ToArray();
        await using var dataSource = NpgsqlDataSource.Create(bench.ConnectionString);

        var agreement = new List<double>();
        var scoreAgreement = new List<double>();
        for (var i = 0; i < Math.Min(10, roles.Count); i++)
        {
            using var body = await GraphQLAsync(bench, roles[i], keys);
            var ours = body.RootElement.GetProperty("data").GetProperty("candidates").EnumerateArray().ToList();
            var sql = (await MatchSql.ReadAsync(dataSource, queries[i].Sql, queries[i].Parameters)).Select(d => JsonDocument.Parse(d).RootElement).ToList();
            agreement.Add(MatchSql.Agreement(ours.Select(m => m.GetProperty("candidate").GetProperty("id").GetString()!).ToList(), sql.Select(d => d.GetProperty("id").GetString()!).ToList()));
            scoreAgreement.Add(MatchSql.ScoreAgreement(ours.Select(m => m.GetProperty("score").GetDouble()), sql.Select(d => d.GetProperty("_score").GetDouble()).ToList()));
        }
        Console.WriteLine($"bench: candidates top-20 agreement with the SQL baseline: ids {agreement.Average():P0}, scores {scoreAgreement.Average():P0} (over {agreement.Count} roles)");

        var graphql = await Timing.SampleAsync(MatchSql.Warmup(bench), MatchSql.Samples(bench), async i =>
        {
            using var _ = await GraphQLAsync(bench, roles[i % roles.Count], keys);
        });
        var baseline = await Timing.SampleAsync(MatchSql.BaselineWarmup(bench), MatchSql.BaselineSamples(bench), i =>
            MatchSql.ReadAsync(dataSource, queries[i % queries.Length].Sql, queries[i % queries.Length].Parameters));
        var index = await InProcessIndex.GetAsync(bench);
        var facts = roles.Select(r => RoleFacts.From(r, index.TermsOf(r.CoopId))).ToArray();
        var floor = await InProcessIndex.SampleAsync(bench, i =>
            _ = Ranking.BestSeekers(facts[i % facts.Length], MatchPreselection.BestSeekers(index, facts[i % facts.Length], now, 20), f => f, now, 20));
        return new ScenarioResult("candidates", "one_sql_query", Timing.Percentile(graphql, 50), Timing.Percentile(graphql, 95),
            Timing.Percentile(baseline, 50), Timing.Percentile(baseline, 95), "ms", "<= 1.5",
            $"{roles.Count} roles in rotation; top-20 agreement with the exact SQL ranking: ids {agreement.Average():P0}, scores {scoreAgreement.Average():P0}; issue's absolute target p95 <= 60 ms",
            Timing.Percentile(floor, 50), Timing.Percentile(floor, 95));
    }

    private static Task<JsonDocument> GraphQLAsync(BenchContext bench, Role role, Dictionary<Guid, string> keys) =>
        MatchSql.GraphQLAsync(bench, Query, new { id = role.Id }, keys[role.CoopId]);
}
