using Marten;
using RolesBoard.Api.Coops;
using RolesBoard.Api.Storage;

namespace RolesBoard.Api.Ingestion;

/// <summary>
/// Scrapes every verified co-op once per ROLESBOARD_SCRAPE_INTERVAL. It wakes often (at most once a minute) and
/// runs the co-ops whose jittered due time has passed, one at a time, so sites are spread out rather than all hit
/// on the hour. Safe in several instances: each co-op is run under its advisory lock and its due time re-read there.
/// </summary>
public sealed class ScrapeScheduler(IDocumentStore store, CoopIngestion ingestion, ScrapingSettings settings, TimeProvider clock, ILogger<ScrapeScheduler> logger)
    : BackgroundService
{
    private static readonly TimeSpan LongestWake = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.SchedulerEnabled)
        {
            return;
        }
        var wake = settings.Interval < LongestWake ? settings.Interval : LongestWake;
        // Instances started together should not wake together.
        await Task.Delay(wake * Random.Shared.NextDouble(), clock, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // An outage or a bug in one pass must not end the scheduler; the next pass retries what is still due.
                if (DatabaseFaults.IsUnavailable(e))
                {
                    logger.LogWarning(e, "Scrape pass skipped: the database is unavailable");
                }
                else
                {
                    logger.LogError(e, "Scrape pass failed");
                }
            }
            await Task.Delay(wake * (0.8 + (0.4 * Random.Shared.NextDouble())), clock, stoppingToken);
        }
    }

    private async Task RunDueAsync(CancellationToken ct)
    {
        IReadOnlyList<Guid> due;
        await using (var session = store.QuerySession())
        {
            var verified = await session.Query<Coop>().Where(c => c.Verified).Select(c => c.Id).ToListAsync(ct);
            var states = (await session.LoadManyAsync<CoopScrapeState>(ct, verified)).ToDictionary(s => s.Id);
            var now = clock.GetUtcNow();
            due = verified.Where(id => !states.TryGetValue(id, out var s) || s.NextRunAt is null || s.NextRunAt <= now).ToList();
        }
        foreach (var coopId in due)
        {
            var result = await ingestion.RunAsync(coopId, "schedule", onlyIfDue: true, ct);
            if (result.Status == IngestionStatus.Ran && logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Scraped co-op {CoopId}: {Runs} sources", coopId, result.Runs.Count);
            }
        }
    }
}
