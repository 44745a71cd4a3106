using RolesBoard.Scrapers.Scraping;

namespace RolesBoard.Api.Ingestion;

/// <summary>
/// One scrape of one careers source (or one attempt to discover a co-op's careers page), kept so the co-op and the
/// administrator can see what the board did with their site and why a role appeared, changed or closed.
/// </summary>
public sealed class ScrapeRun
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    /// <summary>The careers source scraped; the co-op's website for a discovery attempt that found nothing.</summary>
    public string SourceUrl { get; set; } = "";
    /// <summary>"schedule" or "scrapeNow".</summary>
    public string Trigger { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public ScrapeOutcome Outcome { get; set; }
    /// <summary>Roles the source listed.</summary>
    public int Found { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Closed { get; set; }
    public int Reopened { get; set; }
    /// <summary>Roles that matched one the co-op posted itself, so were linked to it rather than listed twice.</summary>
    public int Linked { get; set; }
    /// <summary>New roles read from prose with too little evidence, held as drafts for the co-op to confirm.</summary>
    public int Drafted { get; set; }
    /// <summary>Roles the source listed that failed the same checks a posted role must pass.</summary>
    public int Skipped { get; set; }
    public string? Error { get; set; }
    /// <summary>What the source held (json-ld, rss, greenhouse, ...), as the scraper detected it.</summary>
    public string? Format { get; set; }
}
