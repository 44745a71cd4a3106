using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace RolesBoard.Api.Feeds;

/// <summary>
/// Feeds go out compressed to the clients that ask (browsers and feed readers all do): a feed of a hundred roles is
/// a sixth of its size in brotli, so a cached answer costs the server, the network and the reader that much less. The
/// compression runs inside the output cache, once per fill, and the cache keeps one copy per Accept-Encoding.
/// Only the feeds' media types are compressed: they hold public roles and no secret, so compressing them over TLS
/// gives a BREACH-style attacker nothing to guess.
/// </summary>
public static class FeedCompression
{
    private static readonly HashSet<string?> FeedPaths = [FeedsExtensions.RssPath, FeedsExtensions.AtomPath, FeedsExtensions.JsonPath];
    private static readonly string[] MediaTypes = ["application/feed+json", "application/rss+xml", "application/atom+xml"];

    public static IServiceCollection AddFeedCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = MediaTypes;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        // Optimal rather than fastest: a body is compressed once per cache fill and sent many times.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>
    /// The middleware on the feeds' paths alone: everywhere else it would wrap every response's body for nothing
    /// (it halved /health/live's rate in the bench). After the output cache, so a feed is compressed once per fill.
    /// </summary>
    public static WebApplication UseFeedCompression(this WebApplication app)
    {
        app.UseWhen(http => FeedPaths.Contains(http.Request.Path.Value), feeds => feeds.UseResponseCompression());
        return app;
    }
}
