using System.Text.RegularExpressions;
using RolesBoard.Scrapers.Scraping;

namespace RolesBoard.Scrapers.Normalization;

/// <summary>
/// Remote, hybrid or on-site, from the source's own hint first (schema.org TELECOMMUTE, an ATS workplace type),
/// then the location and title, and only then strong phrases in the description ("fully remote"): a co-op that
/// merely mentions remote clients is not offering a remote role.
/// </summary>
public static partial class Workplace
{
    public static RemotePolicy? Classify(string? hint, string? location, string title, string description) =>
        FromShortText(hint) ?? FromShortText(location) ?? FromShortText(title) ?? FromDescription(description);

    private static RemotePolicy? FromShortText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (Hybrid().IsMatch(text))
        {
            return RemotePolicy.Hybrid;
        }
        if (NotRemote().IsMatch(text) || OnSite().IsMatch(text))
        {
            return RemotePolicy.Onsite;
        }
        return Remote().IsMatch(text) ? RemotePolicy.Remote : null;
    }

    private static RemotePolicy? FromDescription(string description) =>
        StrongHybrid().IsMatch(description) ? RemotePolicy.Hybrid
        : StrongRemote().IsMatch(description) ? RemotePolicy.Remote
        : StrongOnSite().IsMatch(description) ? RemotePolicy.Onsite
        : null;

    [GeneratedRegex(@"\bhybrid\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hybrid();

    [GeneratedRegex(@"\b(not|no|non)[- ]remote\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotRemote();

    [GeneratedRegex(@"\b(on[- ]?site|in[- ]office|office[- ]based|in[- ]person)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnSite();

    [GeneratedRegex(@"\b(remote|telecommute|work from home|wfh|anywhere|distributed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Remote();

    [GeneratedRegex(@"\b(hybrid (role|working|position|model)\b|hybrid:|partly remote\b)", RegexOptions.IgnoreCase)]
    private static partial Regex StrongHybrid();

    [GeneratedRegex(@"\b(office[- ]based|based in our office|on[- ]site (role|position)|in[- ]person (role|position))\b", RegexOptions.IgnoreCase)]
    private static partial Regex StrongOnSite();

    [GeneratedRegex(@"\b(fully remote|100% remote|remote[- ](role|position|job|first)|work (fully )?remotely|remote working is)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StrongRemote();
}
