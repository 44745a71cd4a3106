namespace RolesBoard.Scrapers.Scraping;

public enum ScrapeOutcome { Succeeded, NotModified, Failed, Disallowed }

/// <summary>
/// The roles found at a source, how the scrape went, and what the next scrape compares with: the validators for a
/// conditional GET, and the page's hash. The hash covers the page, the rule that read it and this build of the
/// scrapers; it is set only when the page's own text gave every role (no leads or detail pages followed) and gave at
/// least one open role, so that the same hash next time means the same roles, and a read worth counting misses by.
/// </summary>
public sealed record ScrapeResult(
    ScrapeOutcome Outcome,
    IReadOnlyList<ScrapedRole> Roles,
    string? Error = null,
    string? Format = null,
    string? ETag = null,
    DateTimeOffset? LastModified = null,
    string? PageHash = null)
{
    public static ScrapeResult Failure(ScrapeOutcome outcome, string error) => new(outcome, [], error);
}
