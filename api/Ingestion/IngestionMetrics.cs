using System.Diagnostics.Metrics;
using System.Text.Json;
using RolesBoard.Api.Observability;

namespace RolesBoard.Api.Ingestion;

/// <summary>What scraping did, for the operator's dashboards: runs by outcome and roles found.</summary>
public sealed class IngestionMetrics
{
    private readonly Counter<long> _runs;
    private readonly Counter<long> _rolesFound;

    public IngestionMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(BoardMeter.Name);
        _runs = meter.CreateCounter<long>("rolesboard.scrape.runs", "{run}", "Scrape runs of a careers source, by outcome");
        _rolesFound = meter.CreateCounter<long>("rolesboard.scrape.roles_found", "{role}", "Open roles found on careers sources");
    }

    public void Record(ScrapeRun run)
    {
        _runs.Add(1, new KeyValuePair<string, object?>("outcome", JsonNamingPolicy.SnakeCaseLower.ConvertName(run.Outcome.ToString())));
        _rolesFound.Add(run.Found);
    }
}
