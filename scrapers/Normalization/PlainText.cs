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

    private static string Tidy(string text)
    {
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => Spaces().Replace(l, " ").Trim());
        return BlankRuns().Replace(string.Join("\n", lines), "\n\n").Trim();
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

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankRuns();
}
