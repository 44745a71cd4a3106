namespace RolesBoard.Scrapers.Extraction.JsonLd;

/// <summary>schema.org JobPosting in JSON-LD: the format Google for Jobs asks for, so the most common structured one.</summary>
internal static class JsonLdExtractor
{
    public static IReadOnlyList<RawRole> Extract(HtmlPage page)
    {
        if (!page.Mentions("ld+json"))
        {
            return [];
        }
        var graph = new JsonLdGraph();
        foreach (var script in page.Document.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            graph.AddScript(script.TextContent);
        }
        return graph.Nodes.Where(n => JsonLdValues.HasType(n, "JobPosting"))
            .Select(n => JobPostingMapper.Map(n, graph.Resolve, page.Licence))
            .OfType<RawRole>()
            .ToList();
    }
}
