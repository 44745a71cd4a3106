using RolesBoard.Api.Feeds;
using RolesBoard.Api.ReverseProxy;
using RolesBoard.Api.Security;
using RolesBoard.Api.Storage;

namespace RolesBoard.Api.Hosting;

/// <summary>The middleware every request passes through, in the one order that works.</summary>
public static class RequestPipeline
{
    /// <summary>
    /// The client's address and public origin first, so limits, links and logs see them; security headers on every
    /// HTML page; outages become 503s; CORS comes before the limiter and the output cache, so every answer carries
    /// its headers; compression comes after the output cache, so a feed is compressed once per fill, not per request.
    /// </summary>
    public static WebApplication UseRequestPipeline(this WebApplication app)
    {
        app.UseReverseProxy();
        app.UseSecurityHeaders();
        app.UseMiddleware<DatabaseUnavailableMiddleware>();
        app.UseCors();
        app.UseRateLimiter();
        app.UseOutputCache();
        app.UseFeedCompression();
        return app;
    }
}
