using System.Security.Cryptography;
using Npgsql;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Ingestion;

/// <summary>A run takes the co-op's advisory lock in the round trip that loads the co-op: held by another, the run
/// stands aside; once a run ends, the lock is free for any other instance.</summary>
[Collection(nameof(IngestionCollection))]
public sealed class CoopLockTests(IngestionApp app) : CareersSiteTests
{
    protected override IngestionApp App => app;

    [Fact]
    public async Task AScrapeWhileAnotherInstanceHoldsTheCoopStandsAsideAndChangesNothing()
    {
        var coop = await app.CoopWithCareersPageAsync(Site);
        await using var other = await OpenAsync();
        Assert.True(await TryLockAsync(other, coop.Id));

        var payload = await app.ScrapeNowAsync(coop.Id, coop.ApiKey);
        Assert.Equal("SCRAPE_IN_PROGRESS", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Empty(await app.RolesOfAsync(coop.Id));

        await UnlockAsync(other, coop.Id);
        Assert.Equal(2, (await app.ScrapeOnceAsync(coop)).Number("created"));
    }

    [Fact]
    public async Task TheCoopsLockIsFreeForAnotherInstanceOnceARunEnds()
    {
        var coop = await app.CoopWithCareersPageAsync(Site);
        await app.ScrapeOnceAsync(coop);
        await app.ScrapeOnceAsync(coop);

        await using var other = await OpenAsync();
        Assert.True(await TryLockAsync(other, coop.Id));
        await UnlockAsync(other, coop.Id);
    }

    // The co-op lock's key: key space "RBSC", then the first four bytes of the SHA-256 of the co-op's id.
    private static (int Space, int Key) KeyOf(string coopId) =>
        (0x52425343, BitConverter.ToInt32(SHA256.HashData(Guid.Parse(coopId).ToByteArray()), 0));

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, string coopId) =>
        await ScalarAsync(connection, "select pg_try_advisory_lock($1, $2)", coopId) is true;

    private static async Task UnlockAsync(NpgsqlConnection connection, string coopId) =>
        Assert.Equal(true, await ScalarAsync(connection, "select pg_advisory_unlock($1, $2)", coopId));

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, string coopId)
    {
        var (space, key) = KeyOf(coopId);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = space });
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        return await command.ExecuteScalarAsync();
    }

    private static async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(await TestDatabase.ConnectionStringAsync());
        await connection.OpenAsync();
        return connection;
    }
}
