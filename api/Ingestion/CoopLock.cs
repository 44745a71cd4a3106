using System.Security.Cryptography;
using Marten;
using Npgsql;
using RolesBoard.Api.Coops;
using RolesBoard.Api.Roles;
using RolesBoard.Api.Storage;

namespace RolesBoard.Api.Ingestion;

/// <summary>
/// The advisory lock on one co-op, held for its whole run, so that several API instances (and concurrent scrapeNow
/// calls) never scrape one co-op's sites at the same time.
/// </summary>
internal static class CoopLock
{
    private const int KeySpace = 0x52425343; // "RBSC"

    /// <summary>
    /// The lock with what the run reads as it takes it, all in one round trip; null when another run holds it.
    /// </summary>
    public static async Task<(AdvisoryLock Lock, CoopSnapshot Snapshot)?> TryAcquireAsync(IDocumentStore store, Guid coopId, CancellationToken ct)
    {
        var schema = store.Options.DatabaseSchemaName;
        var serializer = store.Options.Serializer();
        var held = await AdvisoryLock.TryAcquireAsync(store, KeySpace, Key(coopId),
            [
                Load($"select data from {schema}.mt_doc_coop where id = $1", coopId),
                Load($"select data, mt_version from {schema}.mt_doc_coopscrapestate where id = $1", coopId),
                Load($"select data from {schema}.mt_doc_role where coop_id = $1", coopId),
            ],
            async (reader, token) =>
            {
                var coop = await reader.ReadAsync(token) ? serializer.FromJson<Coop>(reader, 0) : null;
                await reader.NextResultAsync(token);
                var (state, version) = await reader.ReadAsync(token) ? (serializer.FromJson<CoopScrapeState>(reader, 0), reader.GetGuid(1)) : (null, Guid.Empty);
                await reader.NextResultAsync(token);
                var roles = new List<Role>();
                while (await reader.ReadAsync(token))
                {
                    roles.Add(serializer.FromJson<Role>(reader, 0));
                }
                return new CoopSnapshot(coop, state, version, roles);
            }, ct);
        return held is { } taken ? (taken.Lock, taken.Read) : null;
    }

    private static NpgsqlBatchCommand Load(string sql, Guid id)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        return command;
    }

    private static int Key(Guid coopId) => BitConverter.ToInt32(SHA256.HashData(coopId.ToByteArray()), 0);
}

/// <summary>
/// The co-op, its scrape state (with the state's stored version) and its roles, read as the run took the lock. Good for
/// a run's first record only: each record writes the state and may write roles.
/// </summary>
internal sealed record CoopSnapshot(Coop? Coop, CoopScrapeState? State, Guid StateVersion, IReadOnlyList<Role> Roles);
