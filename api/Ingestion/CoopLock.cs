using System.Security.Cryptography;
using Marten;
using Npgsql;
using RolesBoard.Api.Coops;
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
    /// The lock with the co-op and its scrape state as they are once it is held, all in one round trip (a run used
    /// to take the lock, then load both); null when another run holds it.
    /// </summary>
    public static async Task<(AdvisoryLock Lock, Coop? Coop, CoopScrapeState? State)?> TryAcquireAsync(IDocumentStore store, Guid coopId, CancellationToken ct)
    {
        var schema = store.Options.DatabaseSchemaName;
        var serializer = store.Options.Serializer();
        var held = await AdvisoryLock.TryAcquireAsync(store, KeySpace, Key(coopId),
            [Load($"select data from {schema}.mt_doc_coop where id = $1", coopId), Load($"select data from {schema}.mt_doc_coopscrapestate where id = $1", coopId)],
            async (reader, token) =>
            {
                var coop = await reader.ReadAsync(token) ? serializer.FromJson<Coop>(reader, 0) : null;
                await reader.NextResultAsync(token);
                var state = await reader.ReadAsync(token) ? serializer.FromJson<CoopScrapeState>(reader, 0) : null;
                return (coop, state);
            }, ct);
        return held is { } taken ? (taken.Lock, taken.Read.coop, taken.Read.state) : null;
    }

    private static NpgsqlBatchCommand Load(string sql, Guid id)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        return command;
    }

    private static int Key(Guid coopId) => BitConverter.ToInt32(SHA256.HashData(coopId.ToByteArray()), 0);
}
