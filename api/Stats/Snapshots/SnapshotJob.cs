using Marten;
using Microsoft.AspNetCore.OutputCaching;

namespace RolesBoard.Api.Stats.Snapshots;

public enum SnapshotOutcome
{
    Written,
    /// <summary>Another replica (or run) holds the lock; it writes the same snapshots.</summary>
    Busy,
}

/// <summary>
/// Writes the daily snapshots: the first run backfills from the earliest role or co-op (at most
/// <see cref="MaxBackfillDays"/> back), later runs the days since the last completed one, and today again
/// (provisional until midnight UTC). Idempotent: each day's snapshots are replaced in one transaction, keyed by day
/// and dimension, under an advisory lock, so reruns, crashes and several replicas all leave the same documents.
/// </summary>
public sealed class SnapshotJob(IDocumentStore store, IEnumerable<IStatsDimension> dimensions, TimeProvider clock, IOutputCacheStore cache, ILogger<SnapshotJob> logger)
{
    public const int MaxBackfillDays = 3 * 366;

    public async Task<SnapshotOutcome> RunAsync(CancellationToken cancellationToken)
    {
        await using var held = await SnapshotLock.TryAcquireAsync(store, cancellationToken);
        if (held is null)
        {
            return SnapshotOutcome.Busy;
        }
        var started = clock.GetUtcNow();
        var today = SnapshotDays.DayOf(started);
        await using var session = store.LightweightSession();
        var progress = await session.LoadAsync<SnapshotProgress>(SnapshotProgress.Key, cancellationToken);
        var facts = await BoardFacts.LoadAsync(store, cancellationToken);
        var first = progress?.CompletedThrough.AddDays(1) ?? facts.Earliest() ?? today;
        first = new[] { first, today }.Min();
        first = new[] { first, today.AddDays(-MaxBackfillDays) }.Max();
        var days = new SnapshotDays(first, today, started);

        var snapshots = new List<StatsSnapshot>();
        foreach (var dimension in dimensions)
        {
            snapshots.AddRange(await dimension.SnapshotAsync(days, facts, cancellationToken));
        }
        session.DeleteWhere<StatsSnapshot>(s => s.Day >= first && s.Day <= today);
        session.Store(snapshots.ToArray());
        session.Store(new SnapshotProgress { CompletedThrough = today.AddDays(-1), WrittenAt = started });
        await session.SaveChangesAsync(cancellationToken);
        await cache.EvictByTagAsync(StatsCaching.Tag, cancellationToken);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Stats snapshots for {First} to {Last}: {Count} written in {Ms:0} ms",
                first, today, snapshots.Count, (clock.GetUtcNow() - started).TotalMilliseconds);
        }
        return SnapshotOutcome.Written;
    }
}
