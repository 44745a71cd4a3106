namespace RolesBoard.Scrapers.Normalization;

/// <summary>
/// One spelling per role URL, so re-scraping finds the same key: absolute, fragment dropped, host lower-case,
/// tracking parameters (utm_*, gclid, fbclid, ref, mc_*) removed; the remaining query kept in its order.
/// </summary>
public static class CanonicalUrl
{
    private static readonly HashSet<string> Tracking = new(StringComparer.OrdinalIgnoreCase)
    {
        "gclid", "fbclid", "msclkid", "dclid", "ref", "ref_src", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "igshid", "yclid",
    };

    public static Uri? Resolve(string? url, Uri page)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }
        return Uri.TryCreate(page, url.Trim(), out var absolute) && absolute.Scheme is "http" or "https" ? Of(absolute) : null;
    }

    public static Uri Of(Uri url)
    {
        var query = url.Query;
        if (query.Length == 0 && url.Fragment.Length == 0)
        {
            return url; // already canonical: a URI's host is lower case and a default port is left out of its string
        }
        var kept = query.Length == 0 ? "" : string.Join("&", query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p.Split('=')[0] is var name && !Tracking.Contains(name) && !name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)));
        // The port is dropped before the Uri is built, not after: each build parses the whole URL again.
        var builder = new UriBuilder(url) { Fragment = "", Query = kept, Host = url.Host.ToLowerInvariant() };
        if (url.IsDefaultPort)
        {
            builder.Port = -1;
        }
        return builder.Uri;
    }
}
