using System.Security.Cryptography;
using Marten;
using Npgsql;

namespace RolesBoard.Api.Ingestion;

/// <summary>
/// A PostgreSQL session-level advisory lock on one co-op, held on a dedicated connection for the whole run, so
/// that several API instances (and concurrent scrapeNow calls) never scrape one co-op's sites at the same time.
/// If the process dies or the connection drops, PostgreSQL releases the lock by itself.
/// </summary>
internal sealed class CoopLock : IAsyncDisposable
{
    // The two-int form keeps our keys apart from Marten's own single-bigint advisory locks.
    private const int KeySpace = 0x52425343; // "RBSC"

    private readonly NpgsqlConnection _connection;
    private readonly int _key;

    private CoopLock(NpgsqlConnection connection, int key)
    {
        _connection = connection;
        _key = key;
    }

    /// <summary>The lock, or null when another run holds it.</summary>
    public static async Task<CoopLock?> TryAcquireAsync(IDocumentStore store, Guid coopId, CancellationToken ct)
    {
        var key = BitConverter.ToInt32(SHA256.HashData(coopId.ToByteArray()), 0);
        var connection = store.Storage.Database.CreateConnection();
        try
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("select pg_try_advisory_lock($1, $2)", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = KeySpace });
            command.Parameters.Add(new NpgsqlParameter { Value = key });
            if (await command.ExecuteScalarAsync(ct) is true)
            {
                return new CoopLock(connection, key);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand("select pg_advisory_unlock($1, $2)", _connection);
            command.Parameters.Add(new NpgsqlParameter { Value = KeySpace });
            command.Parameters.Add(new NpgsqlParameter { Value = _key });
            await command.ExecuteScalarAsync();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ObjectDisposedException)
        {
            // The connection is gone, and with it the lock: PostgreSQL releases session locks when a session ends.
        }
        await _connection.DisposeAsync();
    }
}
