using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace RolesBoard.Scrapers.Extraction.Prose;

/// <summary>
/// A post's elements as the lines a reader sees, walked once from the parsed tree (never re-parsed): blocks, line
/// breaks and list items start lines; a definition term and its description, or a table row's header and cells,
/// share one "Label: value" line, so every shape of labelled fact reads the same way afterwards.
/// </summary>
internal static partial class TextLines
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
            var line = Spaces().Replace(raw, " ").Trim();
            if (line.Length > 0 && line != "-")
            {
                lines.Add(line);
            }
        }
        return lines;
    }

    /// <summary>Elements that are never part of a post's own text: chrome, comments, sharing buttons, forms.</summary>
    public static bool IsChrome(IElement e) =>
        e.LocalName is "script" or "style" or "template" or "noscript" or "nav" or "footer" or "aside" or "form" or "button" or "svg" or "iframe"
        || e.ClassList.Any(c => c is "sharedaddy" or "comments" or "comments-area" or "comment-respond" or "related-posts" or "jp-relatedposts"
            or "post-navigation" or "nav-links" or "screen-reader-text" or "wp-block-buttons" or "site-footer" or "site-header")
        || e.Id is "comments" or "respond";

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

    [GeneratedRegex(@"[\s\u00A0\u200B]+")]
    private static partial Regex Spaces();
}
