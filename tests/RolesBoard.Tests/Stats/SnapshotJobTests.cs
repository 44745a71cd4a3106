using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RolesBoard.Api.Stats.Snapshots;

namespace RolesBoard.Tests.Stats;

/// <summary>The daily snapshots: a document per day and dimension, backfilled, rewritten idempotently, one writer at a time.</summary>
[Collection(nameof(StatsCollection))]
public sealed class SnapshotJobTests(StatsApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private IDocumentStore Store => app.Services.GetRequiredService<IDocumentStore>();

    private async Task<List<StatsSnapshot>> SnapshotsAsync()
    {
        await using var session = Store.QuerySession();
        return [.. (await session.Query<StatsSnapshot>().ToListAsync()).OrderBy(s => s.Id, StringComparer.Ordinal)];
    }

    [Fact]
    public async Task TheFirstRunBackfillsADocumentPerDayAndDimensionFromWhatDocumentsRecord()
    {
        app.At("2026-02-20T10:00:00Z");
        var coop = await app.CoopAsync("Outlandish", "GB", "CoTech");
        await app.RoleAsync(coop, "Backend developer");
        app.At("2026-03-01T10:00:00Z");
        await app.SnapshotAsync();

        var snapshots = await SnapshotsAsync();
        var days = snapshots.Select(s => s.Day).Distinct().Order().ToList();
        Assert.Equal(new DateOnly(2026, 2, 20), days[0]);
        Assert.Equal(new DateOnly(2026, 3, 1), days[^1]);
        Assert.Equal(10, days.Count);
        Assert.Equal(["coops", "people", "roles", "skills"], snapshots.Where(s => s.Day == days[3]).Select(s => s.Dimension).Order());
        Assert.Equal("2026-02-23/roles", snapshots.Single(s => s.Day == days[3] && s.Dimension == "roles").Id);
        Assert.Equal(1, snapshots.Single(s => s.Id == "2026-02-23/roles").Cells["gb|cotech"].Figure("open"));
    }

    [Fact]
    public async Task RunningAgainRewritesTheSameDocumentsAndTodayCatchesUp()
    {
        app.At("2026-03-02T10:00:00Z");
        var coop = await app.CoopAsync("Outlandish", "GB", "CoTech");
        await app.RoleAsync(coop, "Backend developer");
        await app.SnapshotAsync();
        var first = await SnapshotsAsync();
        await app.SnapshotAsync();
        Assert.Equal(first.Select(s => s.Id), (await SnapshotsAsync()).Select(s => s.Id));

        app.At("2026-03-02T15:00:00Z");
        await app.RoleAsync(coop, "Frontend developer");
        await app.SnapshotAsync();
        Assert.Equal(first.Count, (await SnapshotsAsync()).Count);
        Assert.Equal(2, (await app.MovementStatsAsync(to: "2026-03-02"))["openRoles"]!.GetValue<int>());
    }

    [Fact]
    public async Task ASecondWriterStandsAsideWhileAnotherHoldsTheLock()
    {
        await using var other = Store.Storage.Database.CreateConnection();
        await other.OpenAsync();
        await ExecuteAsync(other, "select pg_advisory_lock(1380078420, 1)"); // "RBST", the snapshot job's key
        Assert.Equal("BUSY", await app.SnapshotAsync());
        Assert.Empty(await SnapshotsAsync());
        await ExecuteAsync(other, "select pg_advisory_unlock(1380078420, 1)");
        Assert.Equal("WRITTEN", await app.SnapshotAsync());
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task ConcurrentRunsLeaveOneSetOfSnapshots()
    {
        app.At("2026-03-02T10:00:00Z");
        var coop = await app.CoopAsync("Outlandish", "GB", "CoTech");
        await app.RoleAsync(coop, "Backend developer");
        var job = app.Services.GetRequiredService<SnapshotJob>();
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => job.RunAsync(CancellationToken.None)));
        Assert.Contains(SnapshotOutcome.Written, outcomes);
        var snapshots = await SnapshotsAsync();
        Assert.Equal(snapshots.Count, snapshots.Select(s => s.Id).Distinct().Count());
        Assert.Equal(1, snapshots.Single(s => s.Id == "2026-03-02/roles").Cells["*|*"].Figure("opened"));
    }

    [Fact]
    public async Task OnlyTheAdministratorRunsTheSnapshots()
    {
        var body = await app.GraphQLAsync("mutation { snapshotMovementStats { outcome errors { code } } }", null, "not-the-admin-key");
        Assert.Equal("FORBIDDEN", body["data"]!["snapshotMovementStats"]!["errors"]![0]!["code"]!.GetValue<string>());
    }
}
