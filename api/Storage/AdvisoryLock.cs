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

    private const string TrySql = "select pg_try_advisory_lock($1, $2)", WaitSql = "select true from pg_advisory_lock($1, $2)";

    /// <summary>The lock, or null when someone else holds it.</summary>
    public static async Task<AdvisoryLock?> TryAcquireAsync(IDocumentStore store, int keySpace, int key, CancellationToken ct) =>
        (await AcquireAsync(store, TrySql, keySpace, key, [], NothingToRead, ct))?.Lock;

    /// <summary>The lock, once whoever holds it lets go (or <paramref name="ct"/> gives up waiting).</summary>
    public static async Task<AdvisoryLock> WaitAsync(IDocumentStore store, int keySpace, int key, CancellationToken ct) =>
        (await AcquireAsync(store, WaitSql, keySpace, key, [], NothingToRead, ct))!.Value.Lock;

    /// <summary>
    /// The lock and what <paramref name="read"/> makes of <paramref name="alongside"/>'s results, or null when someone
    /// else holds the lock. The commands run in the same round trip as taking the lock, after it, so they read what
    /// the lock's previous holder committed; their results are read only when the lock was taken.
    /// </summary>
    public static Task<(AdvisoryLock Lock, T Read)?> TryAcquireAsync<T>(IDocumentStore store, int keySpace, int key,
        IEnumerable<NpgsqlBatchCommand> alongside, Func<NpgsqlDataReader, CancellationToken, Task<T>> read, CancellationToken ct) =>
        AcquireAsync(store, TrySql, keySpace, key, alongside, read, ct);

    private static Task<bool> NothingToRead(NpgsqlDataReader reader, CancellationToken ct) => Task.FromResult(true);

    private static async Task<(AdvisoryLock Lock, T Read)?> AcquireAsync<T>(IDocumentStore store, string lockSql, int keySpace, int key,
        IEnumerable<NpgsqlBatchCommand> alongside, Func<NpgsqlDataReader, CancellationToken, Task<T>> read, CancellationToken ct)
    {
        var connection = store.Storage.Database.CreateConnection();
        var taken = false;
        try
        {
            await connection.OpenAsync(ct);
            await using var batch = new NpgsqlBatch(connection);
            var attempt = new NpgsqlBatchCommand(lockSql);
            attempt.Parameters.Add(new NpgsqlParameter { Value = keySpace });
            attempt.Parameters.Add(new NpgsqlParameter { Value = key });
            batch.BatchCommands.Add(attempt);
            foreach (var command in alongside)
            {
                batch.BatchCommands.Add(command);
            }
            var value = default(T)!;
            await using (var reader = await batch.ExecuteReaderAsync(ct))
            {
                taken = await reader.ReadAsync(ct) && reader.GetBoolean(0);
                if (taken && await reader.NextResultAsync(ct))
                {
                    value = await read(reader, ct);
                }
            }
            if (taken)
            {
                return (new AdvisoryLock(connection, keySpace, key), value);
            }
        }
        catch
        {
            // A pooled connection keeps its session locks until it is next used: let go of this one now.
            if (taken)
            {
                await new AdvisoryLock(connection, keySpace, key).DisposeAsync();
            }
            else
            {
                await connection.DisposeAsync();
            }
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
