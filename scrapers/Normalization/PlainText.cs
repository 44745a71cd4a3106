using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using RolesBoard.Scrapers.Extraction;

namespace RolesBoard.Scrapers.Normalization;

/// <summary>HTML or entity-laden text to clean plain text: what the contract's title and description fields hold.</summary>
public static partial class PlainText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article", "blockquote", "pre", "hr",
    };

    /// <summary>One line: tags dropped, entities decoded (also double-encoded ones like "&amp;amp;"), whitespace collapsed.</summary>
    public static string Line(string? text)
    {
        var decoded = DecodeFully(text ?? "");
        var withoutTags = decoded.Contains('<', StringComparison.Ordinal) ? HtmlParsing.Parse(decoded).Body?.TextContent ?? decoded : decoded;
        return Spaces().Replace(withoutTags, " ").Trim();
    }

    /// <summary>Paragraphs and list items kept as lines, everything else flattened.</summary>
    public static string Block(string? html)
    {
        var text = html ?? "";
        // Escaped HTML ("&lt;p&gt;") is still HTML; decode it first so its tags become structure, not text.
        if (!text.Contains('<', StringComparison.Ordinal) && text.Contains("&lt;", StringComparison.Ordinal))
        {
            text = WebUtility.HtmlDecode(text);
        }
        if (!text.Contains('<', StringComparison.Ordinal))
        {
            return Tidy(DecodeFully(text));
        }
        var builder = new StringBuilder();
        foreach (var node in HtmlParsing.Parse(text).Body?.ChildNodes.ToList() ?? [])
        {
            Append(node, builder);
        }
        return Tidy(builder.ToString());
    }

    /// <summary>What <see cref="Block(string?)"/> makes of an element's inner HTML, read from the already-parsed tree.</summary>
    public static string Block(INode node)
    {
        var builder = new StringBuilder();
        foreach (var child in node.ChildNodes)
        {
            Append(child, builder);
        }
        return Tidy(builder.ToString());
    }

    /// <summary>A description an extractor already made plain text of (<see cref="RawRole.DescriptionIsText"/>): tidied, never parsed.</summary>
    public static string Text(string? text) => Tidy(DecodeFully(text ?? ""));

    private static void Append(INode node, StringBuilder builder)
    {
        if (node is IElement { LocalName: "script" or "style" or "template" or "noscript" })
        {
            return;
        }
        if (node.NodeType == NodeType.Text)
        {
            builder.Append(node.TextContent);
            return;
        }
        // List items and line breaks start a new line; other blocks are set apart by a blank line.
        if (node is IElement { LocalName: "li" or "br" } line)
        {
            builder.Append(line.LocalName == "li" ? "\n- " : "\n");
        }
        var isBlock = node is IElement e && Blocks.Contains(e.LocalName);
        if (isBlock)
        {
            builder.Append('\n');
        }
        foreach (var child in node.ChildNodes)
        {
            Append(child, builder);
        }
        if (isBlock)
        {
            builder.Append('\n');
        }
    }

    // Per line: runs of white space as one space, trimmed; at most one blank line in a row; none at either end.
    // One pass over the text (a split, a regex per line and one more over the whole cost more than the extraction).
    private static string Tidy(string text)
    {
        var builder = new StringBuilder(text.Length);
        var (newlines, space) = (0, false);
        foreach (var c in text)
        {
            if (c == '\n')
            {
                newlines++;
                space = false;
            }
            else if (c == '\r')
            {
                continue;
            }
            else if (char.IsWhiteSpace(c) || c is '\u00A0' or '\u200B')
            {
                space = true;
            }
            else
            {
                if (builder.Length > 0)
                {
                    builder.Append(newlines switch { 0 => space ? " " : "", 1 => "\n", _ => "\n\n" });
                }
                (newlines, space) = (0, false);
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static string DecodeFully(string text)
    {
        for (var i = 0; i < 3 && text.Contains('&', StringComparison.Ordinal); i++)
        {
            var decoded = WebUtility.HtmlDecode(text);
            if (decoded == text)
            {
                break;
            }
            text = decoded;
        }
        return text.Replace('\u00A0', ' ');
    }

    [GeneratedRegex(@"[\s\u00A0\u200B]+")]
    private static partial Regex Spaces();
}
