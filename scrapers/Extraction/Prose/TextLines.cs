using System.Text;
using AngleSharp.Dom;

namespace RolesBoard.Scrapers.Extraction.Prose;

/// <summary>
/// A post's elements as the lines a reader sees, walked once from the parsed tree (never re-parsed): blocks, line
/// breaks and list items start lines; a definition term and its description, or a table row's header and cells,
/// share one "Label: value" line, so every shape of labelled fact reads the same way afterwards.
/// </summary>
internal static class TextLines
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody", "thead", "section", "article",
        "blockquote", "pre", "hr", "header", "figure", "figcaption", "main", "details", "summary",
    };

    public static List<string> Of(IEnumerable<INode> nodes)
    {
        var builder = new StringBuilder();
        foreach (var node in nodes)
        {
            Append(node, builder);
        }
        var lines = new List<string>();
        foreach (var raw in builder.ToString().Split('\n'))
        {
            var line = Collapse(raw);
            if (line.Length > 0 && line != "-")
            {
                lines.Add(line);
            }
        }
        return lines;
    }

    /// <summary>Elements that are never part of a post's own text: the site's furniture, scripts, forms, buttons, embeds.</summary>
    public static bool IsChrome(IElement e) =>
        e.LocalName is "script" or "style" or "template" or "noscript" or "form" or "button" or "svg" or "iframe" || IsFurniture(e);

    /// <summary>
    /// The site's furniture around a post: menus, sidebars, footers, comments, related posts, sharing. It never holds
    /// the post, where a &lt;noscript&gt; may (a forum's page for browsers without JavaScript) and a &lt;form&gt; may
    /// (a whole ASP.NET page).
    /// </summary>
    public static bool IsFurniture(IElement e)
    {
        if (e.LocalName is "nav" or "footer" or "aside" || e.Id is "comments" or "respond")
        {
            return true;
        }
        foreach (var _ in ChromeClasses.In(e.ClassName))
        {
            return true;
        }
        return false;
    }

    private static readonly ClassNames<bool> ChromeClasses = new(new[]
    {
        "sharedaddy", "comments", "comments-area", "comment-respond", "related-posts", "jp-relatedposts", "post-navigation", "nav-links",
        "screen-reader-text", "wp-block-buttons", "site-footer", "site-header",
    }.Select(c => KeyValuePair.Create(c, true)));

    private static void Append(INode node, StringBuilder builder)
    {
        if (node.NodeType == NodeType.Text)
        {
            builder.Append(node.TextContent.Replace('\n', ' '));
            return;
        }
        if (node is not IElement element || IsChrome(element))
        {
            return;
        }
        switch (element.LocalName)
        {
            case "br":
                builder.Append('\n');
                return;
            case "li" or "dt" or "tr":
                builder.Append(element.LocalName == "li" ? "\n- " : "\n");
                break;
            case "dd":
                builder.Append(": ");
                break;
            case "td" or "th" when element.PreviousElementSibling is not null:
                builder.Append(element.PreviousElementSibling.PreviousElementSibling is null ? ": " : " ");
                break;
        }
        var isBlock = Blocks.Contains(element.LocalName);
        if (isBlock)
        {
            builder.Append('\n');
        }
        foreach (var child in element.ChildNodes)
        {
            Append(child, builder);
        }
        if (isBlock || element.LocalName is "dd" or "tr")
        {
            builder.Append('\n');
        }
    }

    // Runs of white space as one space, trimmed, in one pass (a regex per line cost more than the rest of the walk).
    private static string Collapse(string raw)
    {
        var span = raw.AsSpan().Trim();
        if (span.IsEmpty)
        {
            return "";
        }
        var buffer = span.Length <= 512 ? stackalloc char[span.Length] : new char[span.Length];
        var length = 0;
        var space = false;
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                space = true;
                continue;
            }
            if (space && length > 0)
            {
                buffer[length++] = ' ';
            }
            space = false;
            buffer[length++] = c;
        }
        return new string(buffer[..length]);
    }
}
