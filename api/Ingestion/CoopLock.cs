using System.Security.Cryptography;
using Marten;
using RolesBoard.Api.Storage;

namespace RolesBoard.Api.Ingestion;

/// <summary>
/// The advisory lock on one co-op, held for its whole run, so that several API instances (and concurrent scrapeNow
/// calls) never scrape one co-op's sites at the same time.
/// </summary>
internal static class CoopLock
{
    private const int KeySpace = 0x52425343; // "RBSC"

    /// <summary>The lock, or null when another run holds it.</summary>
    public static Task<AdvisoryLock?> TryAcquireAsync(IDocumentStore store, Guid coopId, CancellationToken ct) =>
        AdvisoryLock.TryAcquireAsync(store, KeySpace, BitConverter.ToInt32(SHA256.HashData(coopId.ToByteArray()), 0), ct);
}
