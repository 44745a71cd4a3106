using System.Text.RegularExpressions;

namespace RolesBoard.Scrapers.Extraction.Feeds;

/// <summary>
/// Job feeds a page points to. Only feeds that say they carry jobs count: a WordPress site's main feed is its blog,
/// and turning blog posts into roles would be inventing them.
/// </summary>
internal static partial class FeedLinks
{
    public static IReadOnlyList<Lead> Find(HtmlPage page)
    {
        // Either kind of link is looked for only where its markup is in the page at all.
        // A feed is announced in the head (a <link> is only allowed in the body for a few other relations): the
        // head is searched, not every element of the page.
        var alternates = !page.Mentions("alternate") || page.Document.Head is not { } head ? [] : head.QuerySelectorAll("link[rel~='alternate' i][href]")
            .Where(l => (l.GetAttribute("type") ?? "").Contains("rss", StringComparison.OrdinalIgnoreCase)
                || (l.GetAttribute("type") ?? "").Contains("atom", StringComparison.OrdinalIgnoreCase))
            .Where(l => JobWords().IsMatch((l.GetAttribute("title") ?? "") + " " + l.GetAttribute("href")))
            .Select(l => (Url: page.Resolve(l.GetAttribute("href")), Evidence: $"<link rel=\"alternate\" title=\"{l.GetAttribute("title")}\">"));
        // WP Job Manager renders an "RSS" link (a.rss_link) above its listings, pointing at ?feed=job_feed.
        var plugin = !page.Mentions("rss_link") && !page.Mentions("job_feed") ? [] : page.Links()
            .Where(l => l.Element.ClassList.Contains("rss_link") || l.Url.Query.Contains("feed=job_feed", StringComparison.Ordinal))
            .Select(l => (Url: (Uri?)l.Url, Evidence: "WP Job Manager job feed link"));
        return alternates.Concat(plugin)
            .Where(f => f.Url is not null)
            .DistinctBy(f => f.Url!.ToString())
            .Select(f => new Lead(f.Url!, LeadKind.Feed, f.Evidence))
            .ToList();
    }

    [GeneratedRegex(@"job|career|vacanc|hiring|recruit|stelle|emploi", RegexOptions.IgnoreCase)]
    private static partial Regex JobWords();
}
