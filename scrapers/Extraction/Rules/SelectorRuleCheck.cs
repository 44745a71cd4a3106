using AngleSharp.Dom;

namespace RolesBoard.Scrapers.Extraction.Rules;

/// <summary>Which selectors of a rule a browser would refuse, so a rule is rejected when it is set, not when it runs.</summary>
public static class SelectorRuleCheck
{
    public const int MaxSelectorLength = 500;

    public static IReadOnlyList<string> InvalidFields(SelectorRule rule)
    {
        var probe = HtmlParsing.Parse("<html><body></body></html>");
        var fields = new (string Field, string? Selector)[]
        {
            ("list", rule.List), ("title", rule.Title), ("url", rule.Url), ("location", rule.Location), ("description", rule.Description),
        };
        return [.. fields.Where(f => f.Selector is not null && !IsValid(probe, f.Selector)).Select(f => f.Field)];
    }

    private static bool IsValid(IDocument probe, string selector)
    {
        if (string.IsNullOrWhiteSpace(selector) || selector.Length > MaxSelectorLength)
        {
            return false;
        }
        try
        {
            probe.QuerySelector(selector);
            return true;
        }
        catch (DomException)
        {
            return false;
        }
    }
}
