using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace RolesBoard.Scrapers.Extraction;

/// <summary>
/// One AngleSharp parser per thread, reused: a new HtmlParser builds a browsing context and configuration each
/// time, and its CSS selector cache lives in that context, so a fresh parser per page re-parsed every selector.
/// </summary>
internal static class HtmlParsing
{
    [ThreadStatic]
    private static HtmlParser? _parser;

    public static IHtmlDocument Parse(string html) => (_parser ??= new HtmlParser()).ParseDocument(html);
}
