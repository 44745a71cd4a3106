using System.Net;

namespace RolesBoard.Scrapers.Fetching;

/// <summary>
/// The one way to build the HTTP handler scrapers use, so an application that configures its own HttpClient
/// (e.g. through IHttpClientFactory) still gets the SSRF guard and manual redirects.
/// </summary>
public static class ScraperHttpHandler
{
    public static SocketsHttpHandler Create(FetchOptions options) => new()
    {
        // Redirects are followed by PoliteFetcher, so each hop is checked against robots.txt and counted.
        AllowAutoRedirect = false,
        // A proxy would make the guard check the proxy's address instead of the target's.
        UseProxy = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = options.RequestTimeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = new GuardedConnector(options.AllowPrivateNetwork).ConnectAsync,
    };
}
