using Marten;
using Npgsql;

namespace RolesBoard.Api.Stats.Snapshots;

/// <summary>
/// A PostgreSQL session-level advisory lock held on its own connection for one snapshot run, so replicas never
/// write snapshots at the same time; PostgreSQL releases it by itself if the process dies or the connection drops.
/// The two-int form keeps it apart from Marten's single-bigint locks and from the scrapers' co-op locks.
/// </summary>
internal sealed class SnapshotLock : IAsyncDisposable
{
    private const int KeySpace = 0x52425354; // "RBST"
    private const int Key = 1;

    private readonly NpgsqlConnection _connection;

    private SnapshotLock(NpgsqlConnection connection) => _connection = connection;

    /// <summary>The lock, or null when another run holds it.</summary>
    public static async Task<SnapshotLock?> TryAcquireAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        var connection = store.Storage.Database.CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (await ExecuteAsync(connection, "select pg_try_advisory_lock($1, $2)", cancellationToken) is true)
            {
                return new SnapshotLock(connection);
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
            await ExecuteAsync(_connection, "select pg_advisory_unlock($1, $2)", CancellationToken.None);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ObjectDisposedException)
        {
            // The connection is gone, and with it the lock.
        }
        await _connection.DisposeAsync();
    }

    private static async Task<object?> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = KeySpace });
        command.Parameters.Add(new NpgsqlParameter { Value = Key });
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
