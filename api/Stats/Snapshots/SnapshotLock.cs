using Marten;
using RolesBoard.Api.Storage;

namespace RolesBoard.Api.Stats.Snapshots;

/// <summary>The advisory lock held for one snapshot run, so replicas never write snapshots at the same time.</summary>
internal static class SnapshotLock
{
    private const int KeySpace = 0x52425354; // "RBST"

    /// <summary>The lock, or null when another run holds it.</summary>
    public static Task<AdvisoryLock?> TryAcquireAsync(IDocumentStore store, CancellationToken cancellationToken) =>
        AdvisoryLock.TryAcquireAsync(store, KeySpace, 1, cancellationToken);
}
