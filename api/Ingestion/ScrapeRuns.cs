using GraphQL;
using Marten;
using RolesBoard.Api.Auth;
using RolesBoard.Api.Coops;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Ingestion;

/// <summary>A co-op's scrape runs, and scraping on demand: for that co-op's key and the administrator's only.</summary>
public sealed class ScrapeRuns(IQuerySession session, Caller caller, CoopIngestion ingestion)
{
    public async Task<IReadOnlyList<ScrapeRun>> ListAsync(Guid coopId, int first, CancellationToken ct)
    {
        // A query has no payload: refusals are GraphQL errors with a code, as for bad cursors and page sizes.
        if (await RefusalAsync(coopId, "scrapeRuns", ct) is { } refusal)
        {
            throw new ExecutionError(refusal.Message) { Code = refusal.Code };
        }
        return await session.Query<ScrapeRun>().Where(r => r.CoopId == coopId)
            .OrderByDescending(r => r.StartedAt).Take(first).ToListAsync(ct);
    }

    public async Task<Payload<IReadOnlyList<ScrapeRun>>> ScrapeNowAsync(Guid coopId, CancellationToken ct)
    {
        if (await RefusalAsync(coopId, "scrapeNow", ct) is { } refusal)
        {
            return Payload<IReadOnlyList<ScrapeRun>>.Fail([refusal]);
        }
        var coop = await session.LoadAsync<Coop>(coopId, ct);
        if (coop is null)
        {
            return Payload<IReadOnlyList<ScrapeRun>>.Fail("coopId", "NOT_FOUND", "No co-op has that id.");
        }
        if (!coop.Verified)
        {
            return Payload<IReadOnlyList<ScrapeRun>>.Fail("coopId", "NOT_VERIFIED", "Only verified co-ops' sites are scraped.");
        }
        var result = await ingestion.RunAsync(coopId, "scrapeNow", onlyIfDue: false, ct);
        return result.Status == IngestionStatus.Busy
            ? Payload<IReadOnlyList<ScrapeRun>>.Fail("coopId", "SCRAPE_IN_PROGRESS", "This co-op is being scraped right now; its runs will appear in scrapeRuns.")
            : Payload<IReadOnlyList<ScrapeRun>>.Ok(result.Runs);
    }

    private Task<UserError?> RefusalAsync(Guid coopId, string operation, CancellationToken ct) =>
        CoopAccess.RefusalAsync(caller, coopId, operation, ct, "Only that co-op's key or the administrator's sees and starts its scrapes.");
}
