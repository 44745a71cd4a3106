using Marten;

namespace RolesBoard.Api.Ingestion;

/// <summary>Scrape runs and the scheduler's per-co-op state (AddIngestion registers them with Marten; the benchmark's store too).</summary>
public static class IngestionDocuments
{
    public static void Configure(StoreOptions options)
    {
        // A co-op's runs, newest first; the scheduler's state is loaded by co-op id.
        options.Schema.For<ScrapeRun>()
            .Duplicate(r => r.CoopId)
            .Duplicate(r => r.StartedAt);
        options.Schema.For<CoopScrapeState>();
    }
}
