using Marten;
using RolesBoard.Api.Storage;
using RolesBoard.Scrapers.Extraction.Rules;
using RolesBoard.Scrapers.Scraping;

namespace RolesBoard.Api.Ingestion;

public enum IngestionStatus { Ran, Busy, NotDue, NotEligible }

public sealed record IngestionResult(IngestionStatus Status, IReadOnlyList<ScrapeRun> Runs);

/// <summary>
/// Scrapes one co-op's careers sources under its advisory lock: discovers them first when none are on record,
/// then per source fetches (no database held), merges and records the run in one transaction.
/// </summary>
public sealed class CoopIngestion(
    IDocumentStore store, RoleScraper scraper, CareersDiscovery discovery, ScrapingSettings settings, IngestionMetrics metrics, TimeProvider clock,
    ILogger<CoopIngestion> logger)
{
    private readonly ScrapeRecorder _recorder = new(store, settings, clock, logger);

    private const string DatabaseUnavailable = ScrapeRecorder.DatabaseUnavailable;

    public async Task<IngestionResult> RunAsync(Guid coopId, string trigger, bool onlyIfDue, CancellationToken ct)
    {
        if (await CoopLock.TryAcquireAsync(store, coopId, ct) is not { } acquired)
        {
            return new IngestionResult(IngestionStatus.Busy, []);
        }
        await using var held = acquired.Lock;
        var snapshot = acquired.Snapshot;
        var (coop, state) = (snapshot.Coop, snapshot.State);
        if (coop is not { Verified: true })
        {
            return new IngestionResult(IngestionStatus.NotEligible, []);
        }
        // Another instance may have run this co-op between our look at the schedule and taking the lock.
        if (onlyIfDue && state?.NextRunAt > clock.GetUtcNow())
        {
            return new IngestionResult(IngestionStatus.NotDue, []);
        }

        // The run's fetching stops at the co-op's budget; recording what happened uses the caller's token.
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(settings.CoopBudget);
        var runs = new List<ScrapeRun>();
        IReadOnlyList<string> sources = coop.CareersUrls;
        if (sources.Count == 0)
        {
            var started = clock.GetUtcNow();
            string? error;
            try
            {
                (sources, error) = await discovery.DiscoverAsync(coop, budget.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                (sources, error) = ([], OverBudget);
            }
            if (error is not null)
            {
                var run = NewRun(coop.Id, coop.Website, trigger, started);
                run.Outcome = ScrapeOutcome.Failed;
                run.Error = error;
                runs.Add(await _recorder.RecordAsync(run, ScrapeResult.Failure(ScrapeOutcome.Failed, error), null, ct));
            }
        }
        var scheduled = false;
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            var rule = coop.SourceRules.FirstOrDefault(r => r.SourceUrl == source)?.ToSelectorRule();
            // The last source's transaction also sets when the co-op is next due (one round of loading and saving the
            // state fewer per run), unless an earlier source could not reach the database: then the co-op stays due.
            var schedulesNext = i == sources.Count - 1 && runs.All(r => r.Error != DatabaseUnavailable);
            // What was read with the lock holds until the first record writes: the first source's may use it.
            var unwritten = runs.Count == 0 ? snapshot : null;
            var run = await ScrapeSourceAsync(coop.Id, source, state?.Sources.FirstOrDefault(s => s.Url == source), rule, trigger, schedulesNext, unwritten, budget.Token, ct);
            scheduled = schedulesNext && run.Error != DatabaseUnavailable;
            runs.Add(run);
        }
        if (!scheduled)
        {
            await ScheduleNextAsync(coop.Id, runs, ct);
        }
        runs.ForEach(metrics.Record);
        return new IngestionResult(IngestionStatus.Ran, runs);
    }

    private string OverBudget => $"stopped: the co-op's run took longer than its time budget of {settings.CoopBudget:c}";

    private async Task<ScrapeRun> ScrapeSourceAsync(Guid coopId, string source, SourceState? previous, SelectorRule? rule, string trigger, bool schedulesNext,
        CoopSnapshot? unwritten, CancellationToken budget, CancellationToken ct)
    {
        var run = NewRun(coopId, source, trigger, clock.GetUtcNow());
        ScrapeResult result;
        if (!Uri.TryCreate(source, UriKind.Absolute, out var url))
        {
            result = ScrapeResult.Failure(ScrapeOutcome.Failed, $"'{source}' is not a URL");
        }
        else
        {
            try
            {
                result = await scraper.ScrapeAsync(url, new ScrapeOptions { ETag = previous?.ETag, LastModified = previous?.LastModified, PageHash = previous?.PageHash, Rule = rule }, budget);
            }
            catch (OperationCanceledException) when (budget.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                result = ScrapeResult.Failure(ScrapeOutcome.Failed, OverBudget);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // One site's surprise must not stop the other co-ops' runs; the details go to the log, not to the co-op.
                logger.LogError(e, "Scraping {Source} failed unexpectedly", source);
                result = ScrapeResult.Failure(ScrapeOutcome.Failed, "unexpected error while scraping (logged for the administrator)");
            }
        }
        run.Outcome = result.Outcome;
        run.Found = result.Roles.Count;
        run.Format = result.Format;
        run.Error = result.Error;
        return await _recorder.RecordAsync(run, result, unwritten, ct, schedulesNext);
    }

    private async Task ScheduleNextAsync(Guid coopId, IReadOnlyList<ScrapeRun> runs, CancellationToken ct)
    {
        // A run that could not reach the database leaves the co-op due, so the next tick tries again.
        if (runs.Any(r => r.Error == DatabaseUnavailable))
        {
            return;
        }
        var now = clock.GetUtcNow();
        try
        {
            await DatabaseRetry.RunAsync(async () =>
            {
                await using var session = store.LightweightSession();
                var state = await session.LoadAsync<CoopScrapeState>(coopId, ct) ?? new CoopScrapeState { Id = coopId };
                _recorder.Schedule(state, now);
                session.Store(state);
                await session.SaveChangesAsync(ct);
                return state;
            }, ct);
        }
        catch (Exception e) when (DatabaseFaults.IsUnavailable(e))
        {
            logger.LogWarning(e, "Database unavailable while scheduling co-op {CoopId}; it stays due", coopId);
        }
    }

    private static ScrapeRun NewRun(Guid coopId, string source, string trigger, DateTimeOffset started) =>
        new() { Id = Guid.NewGuid(), CoopId = coopId, SourceUrl = source, Trigger = trigger, StartedAt = started };
}
