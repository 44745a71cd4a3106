using AngleSharp.Dom;

namespace RolesBoard.Scrapers.Extraction.Prose;

/// <summary>
/// Where a blog, CMS or forum page keeps its post: the title, the body (a forum topic's first post only: replies
/// are not roles) and the date published, tried in the order of the themes co-ops use (WordPress, Ghost,
/// Jekyll/Hugo, Discourse), then the generic article and main.
/// </summary>
internal static class PostLayout
{
    private static readonly string[] Bodies =
    [
        "#post_1 [itemprop='text']", ".crawler-post [itemprop='text']", ".topic-post .cooked", ".cooked",
        ".entry-content", ".gh-content", ".post-full-content", ".post-content", ".article-content", ".e-content", ".post-body",
        ".page-content", "article .content", "article", "main", "[role='main']", "#content",
    ];

    private static readonly string[] Titles =
    [
        "h1.entry-title", "#topic-title h1", ".gh-article-title", ".post-full-title", "h1.post-title", "h1.p-name", ".article-title",
        "article h1", "main h1", "h1", ".entry-title", ".post-title",
    ];

    public static IElement? Body(IDocument document) => First(document, Bodies) ?? document.Body;

    public static string? Title(IDocument document) =>
        First(document, Titles)?.TextContent
        ?? document.QuerySelector("meta[property='og:title']")?.GetAttribute("content")
        ?? document.Title;

    public static string? SiteName(IDocument document) => document.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content");

    public static string? Published(IDocument document)
    {
        var meta = document.QuerySelector("meta[property='article:published_time'], meta[itemprop='datePublished']")?.GetAttribute("content");
        var time = document.QuerySelector("[itemprop='datePublished'][datetime], time.entry-date[datetime], time.published[datetime], time.dt-published[datetime], article time[datetime], .post-date[datetime], time[datetime]");
        return meta ?? time?.GetAttribute("datetime");
    }

    /// <summary>Several articles on one page: an archive, a blog index or a category, whose posts are read on their own pages.</summary>
    public static bool IsArchive(IDocument document) => document.QuerySelectorAll("article").Length >= 2
        || document.QuerySelectorAll(".topic-list-item, .post-list li, .post-feed .post-card").Length >= 2;

    private static IElement? First(IDocument document, string[] selectors)
    {
        foreach (var selector in selectors)
        {
            if (document.QuerySelector(selector) is { } found)
            {
                return found;
            }
        }
        return null;
    }
}
