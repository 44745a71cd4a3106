namespace RolesBoard.Api.Ingestion;

/// <summary>
/// What the scheduler remembers about one co-op between runs (Id = the co-op's id): when it is next due, and per
/// source the validators for a conditional GET. Kept apart from the Coop document so a run never overwrites an
/// edit the co-op or the administrator makes to its profile meanwhile.
/// </summary>
public sealed class CoopScrapeState
{
    public Guid Id { get; set; }
    public DateTimeOffset? LastRunAt { get; set; }
    /// <summary>The last run's time plus the interval with jitter; the scheduler scrapes the co-op once this has passed.</summary>
    public DateTimeOffset? NextRunAt { get; set; }
    public List<SourceState> Sources { get; set; } = [];

    public SourceState Source(string url)
    {
        var source = Sources.FirstOrDefault(s => s.Url == url);
        if (source is null)
        {
            source = new SourceState { Url = url };
            Sources.Add(source);
        }
        return source;
    }
}

public sealed class SourceState
{
    public string Url { get; set; } = "";
    public string? ETag { get; set; }
    public DateTimeOffset? LastModified { get; set; }
    /// <summary>The page as last read (<see cref="RolesBoard.Scrapers.Scraping.ScrapeResult.PageHash"/>): served again unchanged, it is not read again.</summary>
    public string? PageHash { get; set; }
    public DateTimeOffset? LastSucceededAt { get; set; }
    /// <summary>Failed or disallowed scrapes in a row: shown to admins, and never a reason to close roles.</summary>
    public int ConsecutiveFailures { get; set; }
}
