using System.Diagnostics;
using RolesBoard.Api.Roles;
using RolesBoard.Api.Storage;
using RolesBoard.Bench.Data;
using RolesBoard.Bench.Harness;
using RolesBoard.Bench.Scenarios;

// dotnet run -c Release --project bench [-- --quick]: every scenario beside its baseline, one line each, then BENCHMARKS.md.
var scale = args.Contains("--quick") ? Scale.Quick : Scale.Full;
var clock = Stopwatch.StartNew();
Console.WriteLine($"bench: scale={scale.Name} roles={scale.Roles} profiles={scale.Profiles}");

await using var postgres = await EmbeddedPostgres.StartTemporaryAsync();
const string schema = "bench";
using var store = BenchStore.Create(postgres.ConnectionString, schema);
await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
await using (var connection = new Npgsql.NpgsqlConnection(postgres.ConnectionString))
{
    await connection.OpenAsync();
    await SearchVectorTrigger.ApplyAsync(connection, schema);
    await RoleTableFill.ApplyAsync(connection, schema);
}

var generator = new Generator();
var coops = generator.Coops(scale.Coops);
await store.BulkInsertAsync(coops);
await Seed.RolesAsync(store, generator, coops, scale.Roles);
await ProfileSeed.ProfilesAsync(store, generator, scale.Profiles);
await Seed.AnalyzeAsync(postgres.ConnectionString);
Console.WriteLine($"bench: seeded in {clock.Elapsed.TotalSeconds:0} s");

await using var api = await ApiProcess.StartAsync(postgres.ConnectionString, schema, BenchContext.AdminKey);
using var http = new HttpClient();
var bench = new BenchContext
{
    Scale = scale, ConnectionString = postgres.ConnectionString, Store = store, Schema = schema, Coops = coops,
    Api = api, Http = http, Generator = generator,
};

// Ingestion last: it adds roles, and the searches, matching and the feed should see only the seeded ones.
var scenarios = new (string Name, Func<BenchContext, Task<ScenarioResult>> Run)[]
{
    ("matches", MatchesScenario.RunAsync), ("candidates", CandidatesScenario.RunAsync),
    ("roles_search", RolesSearchScenario.RunAsync), ("feed_throughput", FeedThroughputScenario.RunAsync),
    ("stats_page", StatsScenario.PageAsync), ("stats_graphql", StatsScenario.GraphQLAsync),
    ("extraction", ExtractionScenario.ServedAsync), ("extraction_bare", ExtractionScenario.BareAsync), ("ingestion", IngestionScenario.RunAsync),
};
// Alerts run last: they add alerts, pending roles and mail that no other scenario should see.
var alerts = new[] { "alerts_fanout", "weekly_digest" };
// --only NAME[,NAME...] runs the scenarios whose name starts with a NAME (to iterate on them) and writes no report.
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
var onlyNames = only?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];
var results = new List<ScenarioResult>();
foreach (var (name, run) in scenarios.Where(s => only is null || onlyNames.Any(n => s.Name.StartsWith(n, StringComparison.Ordinal))))
{
    var result = await run(bench);
    Report.Print(result);
    results.Add(result);
}
if (only is null || alerts.Contains(only))
{
    foreach (var result in await AlertsScenario.RunAsync(bench))
    {
        Report.Print(result);
        results.Add(result);
    }
}
var memory = $"API peak memory (VmHWM) at {scale.Name} scale: {api.PeakMemoryMiB():0} MiB";
Console.WriteLine("bench: " + memory);
if (only is not null)
{
    return;
}
var command = "dotnet run -c Release --project bench" + (scale == Scale.Quick ? " -- --quick" : "");
Report.Write(Path.Combine(Repository.Root, scale == Scale.Quick ? "BENCHMARKS.quick.md" : "BENCHMARKS.md"), scale, results,
    [memory, .. results.Where(r => r.Note.Length > 0).Select(r => $"{r.Name}: {r.Note}")], command);
Console.WriteLine($"bench: done in {clock.Elapsed.TotalSeconds:0} s");
