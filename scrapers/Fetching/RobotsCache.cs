using System.Collections.Concurrent;

namespace RolesBoard.Scrapers.Fetching;

/// <summary>
/// robots.txt per origin, kept at most <see cref="FetchOptions.RobotsCacheDuration"/> (24 h by RFC 9309).
/// A missing file (4xx) allows everything; a server error or no answer disallows everything, as the RFC says.
/// </summary>
internal sealed class RobotsCache(FetchOptions options, Func<Uri, CancellationToken, Task<FetchResult>> fetchRobots)
{
    private readonly ConcurrentDictionary<string, (RobotsTxt Robots, DateTimeOffset FetchedAt)> _byOrigin = new(StringComparer.OrdinalIgnoreCase);

    /// <returns>The rules, or the failed fetch when the SSRF guard refused the host (nothing to cache then).</returns>
    public async Task<(RobotsTxt Robots, FetchResult? Refusal)> GetAsync(Uri url, CancellationToken ct)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        var now = options.Time.GetUtcNow();
        var maxAge = options.RobotsCacheDuration < TimeSpan.FromHours(24) ? options.RobotsCacheDuration : TimeSpan.FromHours(24);
        if (_byOrigin.TryGetValue(origin, out var cached) && now - cached.FetchedAt < maxAge)
        {
            return (cached.Robots, null);
        }
        var result = await fetchRobots(new Uri(origin + "/robots.txt"), ct);
        if (result.AddressRefused)
        {
            return (RobotsTxt.DisallowAll, result);
        }
        var robots = result switch
        {
            { IsOk: true } => RobotsTxt.Parse(result.Text),
            { StatusCode: >= 400 and < 500 } => RobotsTxt.AllowAll,
            _ => RobotsTxt.DisallowAll,
        };
        _byOrigin[origin] = (robots, now);
        return (robots, null);
    }
}
