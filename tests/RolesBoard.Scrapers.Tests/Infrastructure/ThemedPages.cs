using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace RolesBoard.Scrapers.Tests.Infrastructure;

/// <summary>
/// A saved page as a real site would serve it: its own content in place of the post of a real theme's page
/// (Fixtures/themes, saved from live WordPress, Hugo, Jekyll and Discourse sites), which keeps that page's head
/// (styles, scripts, its own structured data), header, menus, sidebar, comments and footer. The fixtures are written
/// small, a post and little else; pages on the web are tens of kilobytes of theme around the post. Shared by the
/// tests (a theme adds no role and hides none) and the extraction benchmark (pages of a real size).
/// </summary>
public static class ThemedPages
{
    /// <summary>The saved careers pages, relative to the fixtures folder: every shape a page may state roles in, and pages with none.</summary>
    public static IEnumerable<string> SavedPages(string fixtures) =>
        new[] { "jsonld", "microdata", "wpjm", "pages", "prose" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(fixtures, folder), "*.html"))
            .Select(file => Path.GetRelativePath(fixtures, file))
            .Order(StringComparer.Ordinal);

    /// <summary>The real pages in Fixtures/themes, each a theme a saved page can be served in.</summary>
    public static IReadOnlyList<string> Themes { get; } = ["wordpress-post.html", "wordpress-archive.html", "hugo-post.html", "jekyll-post.html", "discourse-topic.html"];

    /// <summary>The theme a saved page is served in: its platform's, where we have one, else WordPress's.</summary>
    public static string ThemeFor(string fixtureName) => fixtureName switch
    {
        _ when fixtureName.StartsWith("discourse-", StringComparison.Ordinal) => "discourse-topic.html",
        _ when fixtureName.StartsWith("hugo-", StringComparison.Ordinal) || fixtureName.StartsWith("ghost-", StringComparison.Ordinal) => "hugo-post.html",
        _ when fixtureName.StartsWith("jekyll-", StringComparison.Ordinal) => "jekyll-post.html",
        "wordpress-category.html" or "wordpress-read-more.html" => "wordpress-archive.html",
        _ => "wordpress-post.html",
    };

    /// <param name="page">The saved page's markup.</param>
    /// <param name="theme">The real page's markup, whose post the saved page's body replaces.</param>
    public static string Serve(string page, string theme)
    {
        var parser = new HtmlParser();
        var content = parser.ParseDocument(page);
        var site = parser.ParseDocument(theme);

        // What the theme's head says about its own post (title, Open Graph, dates) gives way to the saved page's head.
        foreach (var own in site.Head!.QuerySelectorAll("title, meta[property^='og:'], meta[property^='article:'], meta[itemprop], meta[name='description'], link[rel='canonical']").ToList())
        {
            own.Remove();
        }
        foreach (var node in content.Head?.ChildNodes.ToList() ?? [])
        {
            site.Head.AppendChild(node);
        }
        if (content.DocumentElement.GetAttribute("lang") is { } lang)
        {
            site.DocumentElement.SetAttribute("lang", lang);
        }
        else
        {
            site.DocumentElement.RemoveAttribute("lang");
        }

        var post = PostOf(site);
        post.Replace([.. content.Body!.ChildNodes]);
        return "<!DOCTYPE html>\n" + site.DocumentElement.OuterHtml;
    }

    // The theme's post: its article in the main content, else the main content itself. A crawler view wrapped in
    // <noscript> (an older Discourse) is unwrapped first, as the crawler view a scraper is served has no wrapper.
    private static IElement PostOf(IDocument site)
    {
        var main = site.QuerySelector("main, [role='main'], #content") ?? throw new InvalidOperationException("The theme has no main content.");
        if (main.Closest("noscript") is { } wrapper)
        {
            wrapper.Replace(main);
        }
        return main.QuerySelector("article") ?? main;
    }
}
