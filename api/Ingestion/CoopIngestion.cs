using JasperFx;
using Marten;
using RolesBoard.Api.Roles;
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
    private const string DatabaseUnavailable = "the board's database was unavailable: nothing was changed, and the source will be scraped again";

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
                runs.Add(await RecordAsync(run, ScrapeResult.Failure(ScrapeOutcome.Failed, error), null, ct));
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
                result = await scraper.ScrapeAsync(url, new ScrapeOptions { ETag = previous?.ETag, LastModified = previous?.LastModified, Rule = rule }, budget);
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
        return await RecordAsync(run, result, unwritten, ct, schedulesNext);
    }

    /// <summary>
    /// Merges and records in one transaction, retried whole through a short outage. The run's fixed id tells a
    /// retry whether an earlier attempt's commit landed after all, so misses are never counted twice. When the
    /// database stays away, the run is reported failed and nothing is closed; the co-op stays due and is retried.
    /// A first attempt whose merge would only see roles again (the steady state) records from what was read with the
    /// lock instead of reading it all again (<see cref="SeenAgainAsync"/>).
    /// </summary>
    private async Task<ScrapeRun> RecordAsync(ScrapeRun run, ScrapeResult result, CoopSnapshot? unwritten, CancellationToken ct, bool schedulesNext = false)
    {
        var firstAttempt = true;
        try
        {
            return await DatabaseRetry.RunAsync(async () =>
            {
                if (firstAttempt && unwritten is { State: { } known } && SourceMerge.OnlySeenAgain(unwritten.Roles, result, run.SourceUrl) is { } seenAgain)
                {
                    firstAttempt = false;
                    return await SeenAgainAsync(run, result, known, unwritten.StateVersion, seenAgain, schedulesNext, ct);
                }
                firstAttempt = false;
                await using var session = store.LightweightSession();
                // One round trip for everything the merge reads.
                var batch = session.CreateBatchQuery();
                var landedLoad = batch.Load<ScrapeRun>(run.Id);
                var rolesLoad = batch.Query<Role>().Where(r => r.CoopId == run.CoopId).ToList();
                var stateLoad = batch.Load<CoopScrapeState>(run.CoopId);
                await batch.Execute(ct);
                if (await landedLoad is { } landed)
                {
                    return landed;
                }
                var attempt = Fresh(run);
                var state = await stateLoad ?? new CoopScrapeState { Id = run.CoopId };
                var now = clock.GetUtcNow();
                var merged = SourceMerge.Apply(await rolesLoad, result, attempt, now);
                foreach (var role in merged.Changed)
                {
                    // A new role's id is fixed by its key and the co-op's lock is held: a plain insert, cheaper than an
                    // upsert, cannot collide (a retry after a commit that landed returns above).
                    if (merged.Created.Contains(role))
                    {
                        session.Insert(role);
                    }
                    else
                    {
                        session.Store(role);
                    }
                }
                SeenAgain.Queue(session, store.Options.DatabaseSchemaName, merged.SeenOnly, now);
                Remember(state.Source(run.SourceUrl), result, now);
                if (schedulesNext)
                {
                    Schedule(state, now);
                }
                attempt.FinishedAt = now;
                session.Store(attempt);
                session.Store(state);
                await session.SaveChangesAsync(ct);
                return attempt;
            }, ct);
        }
        catch (Exception e) when (DatabaseFaults.IsUnavailable(e))
        {
            logger.LogWarning(e, "Database unavailable while recording the scrape of {Source}; nothing changed, retried later", run.SourceUrl);
            var failed = Fresh(run);
            failed.Outcome = ScrapeOutcome.Failed;
            failed.Error = DatabaseUnavailable;
            failed.FinishedAt = clock.GetUtcNow();
            await TryStoreAsync(failed, ct);
            return failed;
        }
    }

    /// <summary>
    /// Records a merge that rewrites no role whole on what was read with the lock: only the last-seen times of the
    /// roles seen again move, field by field, so an edit made meanwhile (the co-op closing a role) stands. The state is
    /// written only if nobody wrote it meanwhile (a new selector rule clears the source's validators); if somebody did,
    /// their write stays and this run's schedule is lost, so the co-op stays due and is scraped once more.
    /// </summary>
    private async Task<ScrapeRun> SeenAgainAsync(ScrapeRun run, ScrapeResult result, CoopScrapeState state, Guid stateVersion,
        IReadOnlyCollection<Role> seenAgain, bool schedulesNext, CancellationToken ct)
    {
        var attempt = Fresh(run);
        var now = clock.GetUtcNow();
        await using var session = store.LightweightSession();
        SeenAgain.Queue(session, store.Options.DatabaseSchemaName, seenAgain, now);
        Remember(state.Source(run.SourceUrl), result, now);
        if (schedulesNext)
        {
            Schedule(state, now);
        }
        session.QueueSqlCommand(
            $"update {store.Options.DatabaseSchemaName}.mt_doc_coopscrapestate set data = ?::jsonb, mt_version = ?, mt_last_modified = transaction_timestamp() where id = ? and mt_version = ?",
            store.Options.Serializer().ToJson(state), Guid.NewGuid(), state.Id, stateVersion);
        attempt.FinishedAt = now;
        session.Store(attempt);
        await session.SaveChangesAsync(ct);
        return attempt;
    }

    private static void Remember(SourceState source, ScrapeResult result, DateTimeOffset now)
    {
        if (result.Outcome is ScrapeOutcome.Succeeded or ScrapeOutcome.NotModified)
        {
            source.ETag = result.ETag;
            source.LastModified = result.LastModified;
            source.LastSucceededAt = now;
            source.ConsecutiveFailures = 0;
        }
        else
        {
            source.ConsecutiveFailures++;
        }
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
                Schedule(state, now);
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

    private void Schedule(CoopScrapeState state, DateTimeOffset now)
    {
        var jitter = settings.SchedulerEnabled ? settings.Interval * (0.9 + (0.2 * Random.Shared.NextDouble())) : TimeSpan.Zero;
        state.LastRunAt = now;
        state.NextRunAt = now + jitter;
    }

    private async Task TryStoreAsync(ScrapeRun run, CancellationToken ct)
    {
        try
        {
            await using var session = store.LightweightSession();
            // Insert, not Store: if the real record landed after all, it stays.
            session.Insert(run);
            await session.SaveChangesAsync(ct);
        }
        catch (DocumentAlreadyExistsException)
        {
        }
        catch (Exception e) when (DatabaseFaults.IsUnavailable(e))
        {
            logger.LogWarning("The failed run of {Source} could not be recorded either: the database is still away", run.SourceUrl);
        }
    }

    private static ScrapeRun NewRun(Guid coopId, string source, string trigger, DateTimeOffset started) =>
        new() { Id = Guid.NewGuid(), CoopId = coopId, SourceUrl = source, Trigger = trigger, StartedAt = started };

    // Each attempt counts from zero, so a retried merge cannot add to the counts of one that rolled back.
    private static ScrapeRun Fresh(ScrapeRun run) => new()
    {
        Id = run.Id, CoopId = run.CoopId, SourceUrl = run.SourceUrl, Trigger = run.Trigger, StartedAt = run.StartedAt,
        Outcome = run.Outcome, Found = run.Found, Error = run.Error, Format = run.Format,
    };
}
