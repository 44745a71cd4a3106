namespace RolesBoard.Scrapers.Fetching;

/// <summary>How politely and how defensively pages are fetched. Defaults suit the public internet; tests shorten delays.</summary>
public sealed record FetchOptions
{
    /// <summary>Names the bot and where a site owner can read about it or object.</summary>
    public string UserAgent { get; init; } = "RolesBoardBot/1.0 (+https://rolesboard.coop/bot)";

    /// <summary>The product token matched against robots.txt user-agent lines.</summary>
    public string RobotsProductToken { get; init; } = "RolesBoardBot";

    /// <summary>Lifts the SSRF guard: only for tests and deliberate local use.</summary>
    public bool AllowPrivateNetwork { get; init; }

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Minimum pause between two requests to the same host.</summary>
    public TimeSpan PerHostDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A robots.txt Crawl-delay longer than this is capped, so one site cannot stall a run forever.</summary>
    public TimeSpan MaxCrawlDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>RFC 9309 allows caching robots.txt for at most 24 hours.</summary>
    public TimeSpan RobotsCacheDuration { get; init; } = TimeSpan.FromHours(24);

    public long MaxResponseBytes { get; init; } = 5 * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
