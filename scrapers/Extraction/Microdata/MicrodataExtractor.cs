using System.Text.Json.Nodes;
using AngleSharp.Dom;
using RolesBoard.Scrapers.Extraction.JsonLd;

namespace RolesBoard.Scrapers.Extraction.Microdata;

/// <summary>
/// schema.org JobPosting in microdata (itemscope/itemprop), older but still what many CMS themes emit. Each item is
/// turned into the JSON-LD shape so one mapper serves both.
/// </summary>
internal static class MicrodataExtractor
{
    // Themes put itemscope on pages, posts and comments: only a page that names the JobPosting type is searched.
    public static IReadOnlyList<RawRole> Extract(HtmlPage page) => !page.Mentions(JobPostingType) ? [] :
        page.Document.QuerySelectorAll("[itemscope][itemtype]")
            .Where(IsJobPosting)
            .Select(e => JobPostingMapper.Map(ToJson(e, page), n => n, page.Licence))
            .OfType<RawRole>()
            .ToList();

    private const string JobPostingType = "schema.org/JobPosting";

    private static bool IsJobPosting(IElement e) =>
        e.GetAttribute("itemtype")?.Contains(JobPostingType, StringComparison.OrdinalIgnoreCase) == true;

    private static JsonObject ToJson(IElement item, HtmlPage page)
    {
        var obj = new JsonObject { ["@type"] = item.GetAttribute("itemtype")?.Split('/').Last() };
        foreach (var property in item.QuerySelectorAll("[itemprop]").Where(p => ScopeOf(p) == item))
        {
            JsonNode? value = property.HasAttribute("itemscope") ? ToJson(property, page) : ValueOf(property, page);
            foreach (var name in property.GetAttribute("itemprop")!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // First value wins: later duplicates are usually repeated labels, not better data.
                obj.TryAdd(name, value?.DeepClone());
            }
        }
        return obj;
    }

    // The nearest enclosing item: what ParentElement.Closest("[itemscope]") finds, without a selector match per step.
    private static IElement? ScopeOf(IElement property)
    {
        var scope = property.ParentElement;
        while (scope is not null && !scope.HasAttribute("itemscope"))
        {
            scope = scope.ParentElement;
        }
        return scope;
    }

    private static JsonValue? ValueOf(IElement e, HtmlPage page)
    {
        var text = e.LocalName switch
        {
            "meta" => e.GetAttribute("content"),
            "a" or "link" or "area" => page.Resolve(e.GetAttribute("href"))?.ToString(),
            "img" or "source" or "audio" or "video" => page.Resolve(e.GetAttribute("src"))?.ToString(),
            "time" => e.GetAttribute("datetime") ?? e.TextContent,
            "data" or "meter" => e.GetAttribute("value"),
            _ => e.GetAttribute("content") ?? (e.GetAttribute("itemprop")!.Contains("description", StringComparison.Ordinal) ? Normalization.PlainText.Block(e) : e.TextContent),
        };
        return text is null ? null : JsonValue.Create(text);
    }
}
