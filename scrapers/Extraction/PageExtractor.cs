using RolesBoard.Scrapers.Extraction.Ats;
using RolesBoard.Scrapers.Extraction.Feeds;
using RolesBoard.Scrapers.Extraction.JsonLd;
using RolesBoard.Scrapers.Extraction.Microdata;
using RolesBoard.Scrapers.Extraction.Plugins;
using RolesBoard.Scrapers.Extraction.Prose;
using RolesBoard.Scrapers.Extraction.Rules;

namespace RolesBoard.Scrapers.Extraction;

/// <summary>
/// Finds the roles a document states, choosing the format from what the document holds. Pure: no network, no
/// clock. Structured or marked-up roles come first; prose is read last, and a link or a heading alone never makes a role.
/// </summary>
public static class PageExtractor
{
    public static PageExtraction Extract(SourceDocument source, SelectorRule? rule = null)
    {
        if (source.LooksLikeXml)
        {
            if (PersonioParser.TryParse(source, out var positions))
            {
                return new(positions, "personio", []);
            }
            if (FeedExtractor.TryExtract(source, out var items))
            {
                return new(items, "feed", []);
            }
        }
        if (source.LooksLikeJson && JsonDocuments.TryExtract(source) is { } fromJson)
        {
            return fromJson;
        }
        return ExtractHtml(HtmlPage.Parse(source), rule);
    }

    private static PageExtraction ExtractHtml(HtmlPage page, SelectorRule? rule)
    {
        // An admin's rule is an explicit override, so it is tried first.
        var formats = new (string Name, Func<IReadOnlyList<RawRole>> Run)[]
        {
            ("selector-rule", () => rule is null ? [] : SelectorRuleExtractor.Extract(page, rule)),
            ("json-ld", () => JsonLdExtractor.Extract(page)),
            ("microdata", () => MicrodataExtractor.Extract(page)),
            ("wp-job-manager", () => WpJobManagerMarkup.Extract(page)),
        };
        foreach (var (name, run) in formats)
        {
            var roles = run();
            if (roles.Count > 0)
            {
                return new(roles, name, []);
            }
        }
        // Prose last, before any lead: a post that states its vacancy is read where it is.
        var prose = ProseExtractor.Extract(page);
        if (prose.Roles.Count > 0)
        {
            return prose;
        }
        // A WordPress category or tag feed carries the archive's blog posts, filled ones too, not job data:
        // where the archive links vacancy posts, those are read instead.
        var feeds = FeedLinks.Find(page).Where(f => prose.Leads.Count == 0 || !IsTaxonomyFeed(f.Url));
        return PageExtraction.Nothing([.. AtsLinks.Find(page), .. feeds, .. prose.Leads]);
    }

    private static bool IsTaxonomyFeed(Uri feed) =>
        feed.AbsolutePath.Contains("/category/", StringComparison.Ordinal) || feed.AbsolutePath.Contains("/tag/", StringComparison.Ordinal);
}
