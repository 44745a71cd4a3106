using RolesBoard.Api.Storage;

namespace RolesBoard.Api.Stats.Snapshots;

/// <summary>
/// Runs <see cref="SnapshotJob"/> soon after start (the backfill, on a new board) and then every
/// ROLESBOARD_STATS_INTERVAL (an hour by default; 0 turns it off). Waits on the injected clock, so tests drive it
/// with a fake one. Every replica runs it; the job's lock and upserts make that safe.
/// </summary>
public sealed class SnapshotScheduler(SnapshotJob job, StatsSettings settings, TimeProvider clock, ILogger<SnapshotScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Replicas started together should not all queue on the lock at once.
        await Task.Delay(settings.FirstRunDelay * Random.Shared.NextDouble(), clock, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await job.RunAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The next pass rewrites whatever this one did not finish.
                if (DatabaseFaults.IsUnavailable(e))
                {
                    logger.LogWarning(e, "Stats snapshots skipped: the database is unavailable");
                }
                else
                {
                    logger.LogError(e, "Stats snapshots failed");
                }
            }
            await Task.Delay(settings.Interval, clock, stoppingToken);
        }
    }
}
