using RolesBoard.Scrapers.Extraction.Rules;

namespace RolesBoard.Scrapers.Scraping;

/// <summary>What one scrape of one source needs beyond its URL.</summary>
public sealed record ScrapeOptions
{
    /// <summary>Validators from the previous successful scrape, for a conditional GET.</summary>
    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    /// <summary>
    /// The <see cref="ScrapeResult.PageHash"/> of the previous successful scrape: a page served again exactly as it was
    /// (most sites send no validators) is not modified, and is not read again.
    /// </summary>
    public string? PageHash { get; init; }

    /// <summary>A hand-written rule for a source whose page has no structured data.</summary>
    public SelectorRule? Rule { get; init; }

    /// <summary>How many detail pages may be fetched when a listing lacks descriptions.</summary>
    public int MaxDetailPages { get; init; } = 20;

    /// <summary>"Today", for dropping roles past validThrough; tests pin it.</summary>
    public DateOnly? Today { get; init; }
}
