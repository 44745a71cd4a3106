using AngleSharp.Dom;

namespace RolesBoard.Scrapers.Extraction.Rules;

/// <summary>Applies a <see cref="SelectorRule"/>; an item without a title is skipped rather than guessed at.</summary>
internal static class SelectorRuleExtractor
{
    public static IReadOnlyList<RawRole> Extract(HtmlPage page, SelectorRule rule)
    {
        try
        {
            return page.Document.QuerySelectorAll(rule.List).Select(item => Item(item, rule, page)).OfType<RawRole>().ToList();
        }
        catch (DomException)
        {
            return []; // an invalid selector in a stored rule must not break the whole scrape run
        }
    }

    private static RawRole? Item(IElement item, SelectorRule rule, HtmlPage page)
    {
        var title = item.QuerySelector(rule.Title)?.TextContent;
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }
        var link = rule.Url is null ? item.QuerySelector("a[href]") ?? (item.LocalName == "a" ? item : null) : item.QuerySelector(rule.Url);
        return new RawRole
        {
            Title = title,
            Url = page.Resolve(link?.GetAttribute("href"))?.ToString(),
            Location = rule.Location is null ? null : item.QuerySelector(rule.Location)?.TextContent,
            Description = rule.Description is null ? null : item.QuerySelector(rule.Description) is { } description ? Normalization.PlainText.Block(description) : null,
            Terms = page.Licence,
        };
    }
}
