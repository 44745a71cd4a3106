using Marten;
using Npgsql;

namespace RolesBoard.Api.Storage;

/// <summary>
/// A PostgreSQL session-level advisory lock held on a dedicated connection for the whole of one piece of work, so
/// replicas never do it at the same time. If the process dies or the connection drops, PostgreSQL releases the lock
/// by itself. The two-int form (a key space per feature, a key within it) keeps our locks apart from Marten's own
/// single-bigint advisory locks and from each other.
/// </summary>
public sealed class AdvisoryLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly int _keySpace;
    private readonly int _key;

    private AdvisoryLock(NpgsqlConnection connection, int keySpace, int key)
    {
        _connection = connection;
        _keySpace = keySpace;
        _key = key;
    }

    /// <summary>The lock, or null when someone else holds it.</summary>
    public static Task<AdvisoryLock?> TryAcquireAsync(IDocumentStore store, int keySpace, int key, CancellationToken ct) =>
        AcquireAsync(store, "select pg_try_advisory_lock($1, $2)", keySpace, key, ct);

    /// <summary>The lock, once whoever holds it lets go (or <paramref name="ct"/> gives up waiting).</summary>
    public static async Task<AdvisoryLock> WaitAsync(IDocumentStore store, int keySpace, int key, CancellationToken ct) =>
        (await AcquireAsync(store, "select true from pg_advisory_lock($1, $2)", keySpace, key, ct))!;

    private static async Task<AdvisoryLock?> AcquireAsync(IDocumentStore store, string sql, int keySpace, int key, CancellationToken ct)
    {
        var connection = store.Storage.Database.CreateConnection();
        try
        {
            await connection.OpenAsync(ct);
            if (await ExecuteAsync(connection, sql, keySpace, key, ct) is true)
            {
                return new AdvisoryLock(connection, keySpace, key);
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
            await ExecuteAsync(_connection, "select pg_advisory_unlock($1, $2)", _keySpace, _key, CancellationToken.None);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ObjectDisposedException)
        {
            // The connection is gone, and with it the lock: PostgreSQL releases session locks when a session ends.
        }
        await _connection.DisposeAsync();
    }

    private static async Task<object?> ExecuteAsync(NpgsqlConnection connection, string sql, int keySpace, int key, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = keySpace });
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        return await command.ExecuteScalarAsync(ct);
    }
}
