namespace RolesBoard.Scrapers.Scraping;

public enum ScrapeOutcome { Succeeded, NotModified, Failed, Disallowed }

/// <summary>The roles found at a source, how the scrape went, and the validators for the next conditional GET.</summary>
public sealed record ScrapeResult(
    ScrapeOutcome Outcome,
    IReadOnlyList<ScrapedRole> Roles,
    string? Error = null,
    string? Format = null,
    string? ETag = null,
    DateTimeOffset? LastModified = null)
{
    public static ScrapeResult Failure(ScrapeOutcome outcome, string error) => new(outcome, [], error);
}
