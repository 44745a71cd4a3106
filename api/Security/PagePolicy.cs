namespace RolesBoard.Api.Security;

/// <summary>
/// The Content-Security-Policy of an HTML page. Every page starts from nothing allowed: no script at all unless
/// the page is the IDE (its own bundles only, never inline), styles only by hash, forms posting nowhere, and no
/// framing. A page that needs more says exactly what (the search form, the embed's framing, the IDE's bundles).
/// </summary>
public sealed record PagePolicy(string? Scripts = null, string? Styles = null, string FormAction = "'none'", string FrameAncestors = "'none'")
{
    public const string Header = "Content-Security-Policy";

    public static PagePolicy Default => new();

    public override string ToString() => string.Join("; ", new[]
    {
        "default-src 'none'",
        Scripts is null ? null : $"script-src {Scripts}",
        Styles is null ? null : $"style-src {Styles}",
        Scripts is null ? null : "connect-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "base-uri 'none'",
        $"form-action {FormAction}",
        $"frame-ancestors {FrameAncestors}",
    }.OfType<string>());

    /// <summary>Sets this policy on the response; the security headers middleware leaves a page's own policy alone.</summary>
    public void Apply(HttpResponse response) => response.Headers[Header] = ToString();
}
