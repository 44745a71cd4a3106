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
        var leads = new List<Lead>();
        Uri? here = null;
        HashSet<Uri>? seen = null;
        foreach (var link in page.Anchors())
        {
            // The label first: it rules out nearly every link, and costs least to check.
            if (LabelOf(link, languages) is not { } label
                || !languages.Any(w => RoleTitles.Recognise(label, w, siteName) is not null && !SaysClosed(link, w))
                || page.Resolve(link.GetAttribute("href")) is not { } url
                || url.Host != page.BaseUrl.Host
                || InChrome(link))
            {
                continue;
            }
            var canonical = Normalization.CanonicalUrl.Of(url);
            if (canonical != (here ??= Normalization.CanonicalUrl.Of(page.BaseUrl)) && (seen ??= []).Add(canonical))
            {
                leads.Add(new Lead(url, LeadKind.VacancyPost, $"a link named as a vacancy: {label.Trim()}"));
            }
        }
        return leads;
    }

    // A label that may name a role is the link's own text; an archive that titles each post with a plain heading
    // links it with "Read more", and the heading names the link. Any other link names no role: null.
    private static string? LabelOf(IElement link, List<VacancyWords> languages)
    {
        var label = link.TextContent;
        if (languages.Any(w => w.MayNameRole(label)))
        {
            return label;
        }
        if (label.Length > 40)
        {
            return null;
        }
        var bare = Phrases.Fold(label).Trim().Trim(MoreLinkDecoration).Trim();
        if (bare.Length == 0 || bare.Length > 30 || !languages.Any(w => w.MoreLinkLabelSet.Contains(bare)))
        {
            return null;
        }
        return ItemOf(link)?.QuerySelector("h1, h2, h3, h4")?.TextContent;
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
