using RolesBoard.Api.GraphQL;
using RolesBoard.Scrapers.Extraction.Ats;

namespace RolesBoard.Api.Coops;

/// <summary>
/// Where a co-op may point the board's scrapers itself: its own domain (and subdomains) or a known ATS board. Anything
/// else would let a key holder publish another organisation's roles under the co-op's name, or aim our scrapers at a
/// third party; the administrator can still set such a URL.
/// </summary>
internal static class CareersHosts
{
    public static void Check(Validation check, Coop coop, IReadOnlyList<string> urls)
    {
        for (var i = 0; i < urls.Count; i++)
        {
            if (Uri.TryCreate(urls[i], UriKind.Absolute, out var url) && !IsOwnOrAts(coop, url))
            {
                check.Add($"urls[{i}]", "UNRELATED_HOST",
                    $"{url.Host} is neither {coop.Domain} nor a known ATS board (Greenhouse, Lever, Ashby, Recruitee, Personio); ask the administrator to set it.");
            }
        }
    }

    private static bool IsOwnOrAts(Coop coop, Uri url)
    {
        var host = url.Host.ToLowerInvariant();
        var own = coop.Domain.Length > 0 && (host == coop.Domain || host.EndsWith("." + coop.Domain, StringComparison.Ordinal));
        return own || AtsBoard.FromUrl(url) is not null;
    }
}
