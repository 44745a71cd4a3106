namespace RolesBoard.Api.Founders.Start;

/// <summary>
/// Headers on every founders' page: no scripts at all, forms only to ourselves, no framing, and no Referer, since
/// the booking pages carry a token in their URL.
/// </summary>
public static class PageSecurity
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static void Apply(HttpResponse response, bool holdsSecret)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        response.Headers["Referrer-Policy"] = "no-referrer";
        // Free slots change by the minute; a page with a token must never sit in a shared cache.
        response.Headers.CacheControl = holdsSecret ? "no-store" : "no-cache";
    }
}
