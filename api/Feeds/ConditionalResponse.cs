using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace RolesBoard.Api.Feeds;

/// <summary>
/// Writes a rendered body with a strong ETag (a hash of the bytes), Last-Modified and Cache-Control, and
/// answers 304 when the client already has it. If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2).
/// The output cache replays these headers and does the same check for cached bodies.
/// </summary>
public static class ConditionalResponse
{
    /// <summary>Short: roles open and close all day, and the output cache absorbs the load anyway.</summary>
    public const string PublicShortCache = "public, max-age=60, stale-while-revalidate=300";

    public static async Task WriteAsync(HttpContext http, byte[] body, string contentType, DateTimeOffset? lastModified, string cacheControl = PublicShortCache)
    {
        var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 12)) + "\"");
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.CacheControl = CacheControlHeaderValue.Parse(cacheControl);
        // HTTP dates have whole seconds.
        var modified = lastModified is { } m ? new DateTimeOffset(m.UtcTicks - (m.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero) : (DateTimeOffset?)null;
        headers.LastModified = modified;

        if (IsNotModified(http.Request.GetTypedHeaders(), etag, modified))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        http.Response.ContentType = contentType;
        http.Response.ContentLength = body.Length;
        // Compressed bytes are another representation of the same feed: their validator is weak (RFC 9110 8.8.1),
        // as nginx does, and If-None-Match, compared weakly above, still answers 304 to either form.
        http.Response.OnStarting(() =>
        {
            if (http.Response.Headers.ContentEncoding.Count > 0 && http.Response.Headers.ETag is [{ } strong] && !strong.StartsWith("W/", StringComparison.Ordinal))
            {
                http.Response.Headers.ETag = "W/" + strong;
            }
            return Task.CompletedTask;
        });
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(body, http.RequestAborted);
        }
    }

    private static bool IsNotModified(Microsoft.AspNetCore.Http.Headers.RequestHeaders request, EntityTagHeaderValue etag, DateTimeOffset? modified)
    {
        if (request.IfNoneMatch is { Count: > 0 } candidates)
        {
            return candidates.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(etag, useStrongComparison: false));
        }
        return modified is not null && request.IfModifiedSince is { } since && modified <= since;
    }
}
