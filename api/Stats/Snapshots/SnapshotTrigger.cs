namespace RolesBoard.Api.Stats.Snapshots;

/// <summary>
/// Runs the snapshot job now, for the administrator: the run belongs to the application, not the request, so a long
/// backfill (a large board's first run takes longer than a GraphQL request may) finishes even when the caller stops
/// waiting. The caller waits a while and learns WRITTEN, BUSY or RUNNING (still going).
/// </summary>
public sealed class SnapshotTrigger(SnapshotJob job, IHostApplicationLifetime lifetime, ILogger<SnapshotTrigger> logger)
{
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(5);

    public async Task<string> RunAsync(TimeSpan wait)
    {
        var run = Task.Run(() => job.RunAsync(lifetime.ApplicationStopping));
        _ = run.ContinueWith(t => logger.LogError(t.Exception, "Stats snapshots run by the administrator failed"),
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        if (await Task.WhenAny(run, Task.Delay(wait)) != run)
        {
            return "RUNNING";
        }
        return (await run).ToString().ToUpperInvariant();
    }
}
