using System.Xml.Linq;

namespace RolesBoard.Scrapers.Extraction.Feeds;

/// <summary>
/// RSS 2.0 and Atom job feeds. Every entry of a feed we were pointed at (or discovered as a job feed) is a role,
/// with two exceptions: Discourse's pinned "About this category" topic and closed or archived topics.
/// </summary>
internal static class FeedExtractor
{
    public static bool TryExtract(SourceDocument source, out IReadOnlyList<RawRole> roles)
    {
        roles = [];
        var root = SafeXml.TryParse(source.Text)?.Root;
        if (root is null)
        {
            return false;
        }
        if (root.Name.LocalName == "rss" && root.Element("channel") is { } channel)
        {
            var terms = channel.Child("copyright");
            roles = channel.Elements("item").Where(IsOpen).Select(i => RssItem(i, terms)).OfType<RawRole>().ToList();
            return true;
        }
        if (root.Name.LocalName == "feed")
        {
            var terms = root.Child("rights");
            roles = root.Elements().Where(e => e.Name.LocalName == "entry").Select(e => AtomEntry(e, terms)).OfType<RawRole>().ToList();
            return true;
        }
        return false;
    }

    private static bool IsOpen(XElement item) =>
        !new[] { "topicPinned", "topicClosed", "topicArchived" }
            .Any(flag => item.Prefixed("discourse", flag)?.Trim().Equals("Yes", StringComparison.OrdinalIgnoreCase) == true);

    private static RawRole? RssItem(XElement item, string? terms)
    {
        var title = item.Child("title");
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }
        // WP Job Manager's job feed adds job_listing:location, :job_type and :company to each item.
        var jobType = item.Prefixed("job_listing", "job_type");
        return new RawRole
        {
            Title = title,
            Url = item.Child("link") ?? item.Child("guid"),
            Location = item.Prefixed("job_listing", "location"),
            EmploymentTypes = jobType is null ? [] : [jobType],
            DatePosted = item.Child("pubDate") ?? item.Prefixed("dc", "date"),
            Description = item.Prefixed("content", "encoded") ?? item.Child("description"),
            SourceId = item.Child("guid"),
            Terms = terms,
        };
    }

    private static RawRole? AtomEntry(XElement entry, string? terms)
    {
        var title = entry.Child("title");
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }
        var links = entry.Elements().Where(e => e.Name.LocalName == "link").ToList();
        var link = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
        return new RawRole
        {
            Title = title,
            Url = (string?)link?.Attribute("href"),
            DatePosted = entry.Child("published") ?? entry.Child("updated"),
            Description = entry.Child("content") ?? entry.Child("summary"),
            SourceId = entry.Child("id"),
            Terms = entry.Child("rights") ?? terms,
        };
    }
}
