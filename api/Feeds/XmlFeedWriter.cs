using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace RolesBoard.Api.Feeds;

/// <summary>RSS 2.0 and Atom 1.0 through System.ServiceModel.Syndication, which owns the escaping and the formats' rules.</summary>
public static class XmlFeedWriter
{
    public const string RssContentType = "application/rss+xml; charset=utf-8";
    public const string AtomContentType = "application/atom+xml; charset=utf-8";

    /// <summary>The category scheme (Atom) or domain (RSS) of co-op fact categories.</summary>
    public const string CoopFactsScheme = "urn:rolesboard:coop-facts";

    public static byte[] WriteRss(FeedContent content) => Write(new Rss20FeedFormatter(Build(content, rss: true)));

    public static byte[] WriteAtom(FeedContent content) => Write(new Atom10FeedFormatter(Build(content, rss: false)));

    private static SyndicationFeed Build(FeedContent content, bool rss)
    {
        var feed = new SyndicationFeed(content.Title, content.Description, new Uri(content.HomePageUrl), content.FeedUrl, content.Updated)
        {
            Language = "en",
            Generator = "RolesBoard",
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(content.FeedUrl)));
        feed.Items = content.Items.Select(i => Item(i, rss)).ToList();
        return feed;
    }

    /// <summary>RSS has one text per item (description), so it gets the role's HTML; Atom gets a plain summary and the HTML as content.</summary>
    private static SyndicationItem Item(FeedItem item, bool rss)
    {
        var role = item.Document;
        // Roles whose source forbids syndication travel as a title, a summary and a link, never their text.
        var body = role.DescriptionHtml is { } html
            ? SyndicationContent.CreateHtmlContent(html)
            : SyndicationContent.CreatePlaintextContent(item.Summary);
        var syndicated = new SyndicationItem(item.Title, rss ? null : body, new Uri(role.Url), "urn:uuid:" + role.Id, role.UpdatedAt)
        {
            PublishDate = role.DatePosted,
            Summary = rss ? (TextSyndicationContent)body : new TextSyndicationContent(item.Summary),
        };
        syndicated.Authors.Add(new SyndicationPerson { Name = role.Coop.Name, Uri = role.Coop.Website });
        foreach (var skill in role.Skills)
        {
            syndicated.Categories.Add(new SyndicationCategory(skill));
        }
        // The co-op's facts are categories too, in their own scheme, so a reader can filter on "Flat pay" apart from skills.
        foreach (var fact in role.Coop.Facts)
        {
            syndicated.Categories.Add(new SyndicationCategory(fact, CoopFactsScheme, null));
        }
        return syndicated;
    }

    private static byte[] Write(SyndicationFeedFormatter formatter)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            formatter.WriteTo(writer);
        }
        return stream.ToArray();
    }
}
