using RolesBoard.Api.Pages;

namespace RolesBoard.Api.Security;

/// <summary>
/// Headers every answer carries: no MIME sniffing, no full URLs leaked in Referer, and on HTML pages a strict
/// Content-Security-Policy (the layout's inline stylesheet allowed by its hash, nothing else inline, no framing).
/// </summary>
public static class SecurityHeadersExtensions
{
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var fallback = (PagePolicy.Default with { Styles = Layout.StyleSource }).ToString();
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                // A page carrying a secret in its URL (a booking's or an unsubscribe token) sends none at all.
                headers.TryAdd("Referrer-Policy", "strict-origin-when-cross-origin");
                if (http.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true && !headers.ContainsKey(PagePolicy.Header))
                {
                    headers[PagePolicy.Header] = fallback;
                }
                return Task.CompletedTask;
            });
            return next(http);
        });
        return app;
    }
}
