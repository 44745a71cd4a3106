using AngleSharp.Dom;

namespace RolesBoard.Scrapers.Extraction.Prose;

/// <summary>
/// Vacancies as co-ops write them, in a blog post, a page or a forum topic, read after the structured formats
/// found nothing. Pure: no network, no clock. A page with a post yields its roles; an archive, a category or a
/// list of links yields leads to the posts whose titles name a role (and that do not say they are filled).
/// </summary>
public static class ProseExtractor
{
    public static PageExtraction Extract(HtmlPage page)
    {
        var document = page.Document;
        var languages = VacancyWords.For(document.DocumentElement.GetAttribute("lang")).ToList();
        var layout = PostLayout.Of(document);
        var siteName = PostLayout.SiteName(document);
        if (!layout.IsArchive && (layout.Body ?? document.Body) is { } body)
        {
            var post = new VacancyReader.Post(layout.Title(document), body, Dates(layout.Published), siteName, page.BaseUrl, page.Licence);
            foreach (var words in languages)
            {
                var roles = VacancyReader.Read(post, words);
                if (roles.Count > 0)
                {
                    return new PageExtraction(roles, "prose", []);
                }
            }
        }
        return PageExtraction.Nothing(VacancyLinks(page, languages, siteName));
    }

    private static List<Lead> VacancyLinks(HtmlPage page, List<VacancyWords> languages, string? siteName)
    {
        var here = Normalization.CanonicalUrl.Of(page.BaseUrl);
        // The label first: it rules out nearly every link, and costs least to check.
        return page.Anchors()
            .Select(a => (Label: LabelOf(a, languages), Element: a))
            .Where(l => languages.Any(w => RoleTitles.Recognise(l.Label, w, siteName) is not null && !SaysClosed(l.Element, w)))
            .Select(l => (Url: page.Resolve(l.Element.GetAttribute("href")), l.Label, l.Element))
            .Where(l => l.Url is not null && l.Url.Host == page.BaseUrl.Host && !InChrome(l.Element))
            .Select(l => (Lead: new Lead(l.Url!, LeadKind.VacancyPost, $"a link named as a vacancy: {l.Label.Trim()}"), Canonical: Normalization.CanonicalUrl.Of(l.Url!)))
            .Where(l => l.Canonical != here)
            .DistinctBy(l => l.Canonical)
            .Select(l => l.Lead)
            .ToList();
    }

    // An archive that titles each post with a plain heading links it with "Read more": the heading names the link.
    private static string LabelOf(IElement link, List<VacancyWords> languages)
    {
        var label = link.TextContent;
        var bare = Phrases.Fold(label).Trim().Trim(MoreLinkDecoration).Trim();
        if (bare.Length == 0 || bare.Length > 30 || !languages.Any(w => w.MoreLinkLabels.Contains(bare, StringComparer.Ordinal)))
        {
            return label;
        }
        return ItemOf(link)?.QuerySelector("h1, h2, h3, h4")?.TextContent ?? label;
    }

    private static readonly char[] MoreLinkDecoration = ['.', '\u2026', '>', '\u00BB', '\u2192', '[', ']', '(', ')', ':'];

    private static bool InChrome(IElement link) => link.Ancestors<IElement>().Any(a => TextLines.IsChrome(a) || a.LocalName == "header" && a.ParentElement?.LocalName == "body");

    // An archive's excerpt or a forum's tag often says it already: "[Filled] Web Developer", "This role has been filled".
    private static bool SaysClosed(IElement link, VacancyWords words)
    {
        var item = ItemOf(link) ?? link;
        return Phrases.Any(Phrases.Fold(item.TextContent), words.ClosedPhrases);
    }

    /// <summary>The archive or listing item a link sits in: its post card, list item or table row.</summary>
    private static IElement? ItemOf(IElement link) => link.Closest("article, li, tr, .post-card, .post");

    private static DateOnly? Dates(string? text) => Normalization.Dates.Parse(text);
}
