using JasperFx;
using Marten;
using RolesBoard.Api.Roles;
using RolesBoard.Api.Storage;
using RolesBoard.Scrapers.Scraping;

namespace RolesBoard.Api.Ingestion;

/// <summary>
/// Writes what one source's scrape found: the merge with the co-op's roles, the source's state and the run's record,
/// in one transaction retried whole through a short outage; a run the database never took is recorded failed.
/// </summary>
internal sealed class ScrapeRecorder(IDocumentStore store, ScrapingSettings settings, TimeProvider clock, ILogger logger)
{
    public const string DatabaseUnavailable = "the board's database was unavailable: nothing was changed, and the source will be scraped again";

    /// <summary>
    /// Merges and records in one transaction, retried whole through a short outage. The run's fixed id tells a
    /// retry whether an earlier attempt's commit landed after all, so misses are never counted twice. When the
    /// database stays away, the run is reported failed and nothing is closed; the co-op stays due and is retried.
    /// A first attempt whose merge would only see roles again (the steady state) records from what was read with the
    /// lock instead of reading it all again (<see cref="SeenAgainAsync"/>).
    /// </summary>
    public async Task<ScrapeRun> RecordAsync(ScrapeRun run, ScrapeResult result, CoopSnapshot? unwritten, CancellationToken ct, bool schedulesNext = false)
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
            source.PageHash = result.PageHash;
            source.LastSucceededAt = now;
            source.ConsecutiveFailures = 0;
        }
        else
        {
            source.ConsecutiveFailures++;
        }
    }

    /// <summary>When the co-op is next due: one interval on, give or take a tenth, so co-ops do not fall due together.</summary>
    public void Schedule(CoopScrapeState state, DateTimeOffset now)
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

    // Each attempt counts from zero, so a retried merge cannot add to the counts of one that rolled back.
    private static ScrapeRun Fresh(ScrapeRun run) => new()
    {
        Id = run.Id, CoopId = run.CoopId, SourceUrl = run.SourceUrl, Trigger = run.Trigger, StartedAt = run.StartedAt,
        Outcome = run.Outcome, Found = run.Found, Error = run.Error, Format = run.Format,
    };
}
