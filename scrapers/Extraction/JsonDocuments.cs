using System.Text.Json;
using System.Text.Json.Nodes;
using RolesBoard.Scrapers.Extraction.Ats;
using RolesBoard.Scrapers.Extraction.JsonLd;
using RolesBoard.Scrapers.Extraction.OJobPub;

namespace RolesBoard.Scrapers.Extraction;

/// <summary>
/// JSON sources, recognised by their documented shape (so a board works wherever it is served from, and fixtures
/// on loopback exercise the same code as the real hosts).
/// </summary>
internal static class JsonDocuments
{
    public static PageExtraction? TryExtract(SourceDocument source)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(source.Text, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException)
        {
            return null;
        }
        if (root is null)
        {
            return null;
        }
        try
        {
            return root switch
            {
                JsonObject o when GreenhouseParser.Fits(o) => new(GreenhouseParser.Parse(o), "greenhouse", []),
                JsonObject o when AshbyParser.Fits(o) => new(AshbyParser.Parse(o), "ashby", []),
                JsonObject o when RecruiteeParser.Fits(o) => new(RecruiteeParser.Parse(o), "recruitee", []),
                JsonObject o when OJobPubParser.Fits(o) => new(OJobPubParser.Parse(o), "ojobpub", []),
                JsonArray a when LeverParser.Fits(a) => new(LeverParser.Parse(a), "lever", []),
                _ => JsonLdServedAsJson(root),
            };
        }
        catch (InvalidOperationException)
        {
            // A board whose JSON departs from its documented shape (an object where a list should be) yields nothing.
            return PageExtraction.Nothing([]);
        }
    }

    private static PageExtraction JsonLdServedAsJson(JsonNode root)
    {
        var graph = new JsonLdGraph();
        graph.Add(root);
        var roles = graph.Nodes.Where(n => JsonLdValues.HasType(n, "JobPosting"))
            .Select(n => JobPostingMapper.Map(n, graph.Resolve, null)).OfType<RawRole>().ToList();
        return new PageExtraction(roles, roles.Count > 0 ? "json-ld" : "none", []);
    }
}
