using AngleSharp;
using AngleSharp.Html.Dom;
using Ganss.Xss;

namespace RolesBoard.Api.Roles;

/// <summary>
/// The one HTML policy for role descriptions, posted or scraped: what a job advert needs (headings, paragraphs, lists,
/// emphasis, tables, links) and nothing a phishing page does. No forms or buttons, no inline styles (a fixed overlay
/// over the board's own page), no images (they would track readers from the board's origin), no classes or ids.
/// </summary>
public static class JobAdHtml
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    /// <summary>The sanitized HTML and its text, both from the one sanitized tree (Sanitize serializes what SanitizeDom
    /// leaves; reading the text there spares parsing the result again).</summary>
    public static (string Html, string Text) SanitizeWithText(string html)
    {
        using var document = Sanitizer.SanitizeDom(html);
        return document.Body is { } body ? (body.ChildNodes.ToHtml(Sanitizer.OutputFormatter), body.TextContent) : ("", "");
    }

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "div", "span", "blockquote", "pre", "code",
                "ul", "ol", "li", "dl", "dt", "dd", "strong", "b", "em", "i", "u", "s", "small", "sub", "sup", "abbr",
                "table", "thead", "tbody", "tr", "th", "td", "caption", "a",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "title", "colspan", "rowspan" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
        });
        // Links leave the board: search engines should not credit them to us, and the target must not get window.opener.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IHtmlAnchorElement link)
            {
                link.SetAttribute("rel", "nofollow noopener");
            }
        };
        return sanitizer;
    }
}
