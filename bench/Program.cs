using System.Diagnostics;
using Marten;
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
using var store = DocumentStore.For(options =>
{
    options.Connection(postgres.ConnectionString);
    options.DatabaseSchemaName = schema;
    options.UseSystemTextJsonForSerialization(Weasel.Core.EnumStorage.AsString, Weasel.Core.Casing.CamelCase);
    options.ConfigureDocuments();
});
await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
await using (var connection = new Npgsql.NpgsqlConnection(postgres.ConnectionString))
{
    await connection.OpenAsync();
    await SearchVectorTrigger.ApplyAsync(connection, schema);
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

var results = new List<ScenarioResult>();
foreach (var scenario in new Func<BenchContext, Task<ScenarioResult>>[] { RolesSearchScenario.RunAsync, ExtractionScenario.RunAsync, MatchesScenario.RunAsync, CandidatesScenario.RunAsync })
{
    var result = await scenario(bench);
    Report.Print(result);
    results.Add(result);
}
var memory = $"API peak memory (VmHWM) at {scale.Name} scale: {api.PeakMemoryMiB():0} MiB";
Console.WriteLine("bench: " + memory);
var command = "dotnet run -c Release --project bench" + (scale == Scale.Quick ? " -- --quick" : "");
Report.Write(Path.Combine(Repository.Root, scale == Scale.Quick ? "BENCHMARKS.quick.md" : "BENCHMARKS.md"), scale, results, [memory], command);
Console.WriteLine($"bench: done in {clock.Elapsed.TotalSeconds:0} s");
