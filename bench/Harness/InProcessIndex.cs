using Npgsql;
using RolesBoard.Api.Coops;
using RolesBoard.Api.Matching;
using RolesBoard.Api.Matching.Index;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;

namespace RolesBoard.Bench.Harness;

/// <summary>
/// The floor: a match index of the seeded data in the benchmark's own process, built as MatchIndexSync builds the
/// API's (documents less descriptions, facts made from them), so scenarios can time its cut and exact scoring alone.
/// </summary>
public static class InProcessIndex
{
    private static MatchIndex? _built;

    public static async Task<MatchIndex> GetAsync(BenchContext bench)
    {
        if (_built is not null)
        {
            return _built;
        }
        await using var connection = new NpgsqlConnection(bench.ConnectionString);
        await connection.OpenAsync();
        var serializer = bench.Store.Options.Serializer();
        async Task<List<T>> ReadAsync<TDocument, T>(string sql, Func<TDocument, T> facts)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            var found = new List<T>();
            while (await reader.ReadAsync())
            {
                found.Add(facts(serializer.FromJson<TDocument>(reader, 0)));
            }
            return found;
        }
        var coops = await ReadAsync<Coop, Coop>($"select data from {bench.Schema}.mt_doc_coop", c => c);
        var roles = await ReadAsync<Role, RoleFacts>($"select data - 'descriptionHtml' - 'descriptionText' - 'searchText' from {bench.RoleTable} where status = 'Open'", r => RoleFacts.From(r));
        var profiles = await ReadAsync<Profile, SeekerFacts>($"select data from {bench.Schema}.mt_doc_profile where visible_to_coops", SeekerFacts.From);
        var index = new MatchIndex();
        index.Replace(roles, profiles, coops.ToDictionary(c => c.Id, c => CoopTerms.From(c)));
        return _built = index;
    }

    /// <summary>Latency samples of a synchronous in-memory operation, as Timing.SampleAsync takes them.</summary>
    public static Task<double[]> SampleAsync(BenchContext bench, Action<int> operation) =>
        Timing.SampleAsync(bench.Scale.Warmup, bench.Scale.Samples, i =>
        {
            operation(i);
            return Task.CompletedTask;
        });
}
