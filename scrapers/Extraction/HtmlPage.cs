using System.Buffers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace RolesBoard.Scrapers.Extraction;

/// <summary>An HTML document parsed once (AngleSharp, no network), with links resolved against its real base URL.</summary>
public sealed class HtmlPage
{
    private HtmlPage(IHtmlDocument document, Uri baseUrl, string markup)
    {
        Document = document;
        BaseUrl = baseUrl;
        _markup = markup;
        _licence = new(() => !Mentions("license") ? null : Resolve(Document.QuerySelector("link[rel~='license'], a[rel~='license']")?.GetAttribute("href"))?.ToString(), LazyThreadSafetyMode.None);
    }

    private readonly Lazy<string?> _licence;
    private readonly string _markup;

    public IHtmlDocument Document { get; }

    public Uri BaseUrl { get; }

    public static HtmlPage Parse(SourceDocument source)
    {
        // The HTML5 parsing algorithm recovers from broken markup the way browsers do.
        var document = HtmlParsing.Parse(source.Text);
        var baseHref = MarkupMentions(source.Text, "<base") ? document.QuerySelector("base[href]")?.GetAttribute("href") : null;
        var baseUrl = baseHref is not null && Uri.TryCreate(source.Url, baseHref, out var b) ? b : source.Url;
        return new HtmlPage(document, baseUrl, source.Text);
    }

    /// <summary>
    /// Whether the page's markup holds this text anywhere, ignoring case: an extractor whose markup (an attribute, a
    /// class, a tag) is not in the page at all need not walk the tree looking for it. Scanning the text is
    /// vectorized and costs a fraction of one selector walk over the parsed tree.
    /// </summary>
    public bool Mentions(string markup) => MarkupMentions(_markup, markup);

    /// <summary>Whether the page's markup holds any of these texts, in one pass (the values say how case is compared).</summary>
    public bool MentionsAny(SearchValues<string> markup) => _markup.AsSpan().ContainsAny(markup);

    private static bool MarkupMentions(string text, string markup) => text.Contains(markup, StringComparison.OrdinalIgnoreCase);

    public Uri? Resolve(string? href)
    {
        if (string.IsNullOrWhiteSpace(href) || href.StartsWith('#') || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return Uri.TryCreate(BaseUrl, href.Trim(), out var url) && url.Scheme is "http" or "https" ? url : null;
    }

    /// <summary>The page's links, resolved once: the feed and careers-page finders read them.</summary>
    public IReadOnlyList<(Uri Url, string Label, IElement Element)> Links() => _links ??=
        [.. Anchors()
            .Select(a => (Url: Resolve(a.GetAttribute("href")), Label: a.TextContent, Element: a))
            .Where(l => l.Url is not null)
            .Select(l => (l.Url!, l.Label, l.Element))];

    private List<(Uri, string, IElement)>? _links;

    /// <summary>The page's a[href] elements, unresolved: a finder that rules most links out by their label resolves only the rest.</summary>
    public IReadOnlyList<IElement> Anchors() => _anchors ??= [.. Document.QuerySelectorAll("a[href]")];

    private List<IElement>? _anchors;

    /// <summary>A licence the page declares (link rel="license"), recorded with its roles so feeds can honour it.</summary>
    /// <remarks>Looked up once: every role the page yields asks for it.</remarks>
    public string? Licence => _licence.Value;
}
