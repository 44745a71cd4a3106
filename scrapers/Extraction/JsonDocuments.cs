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
        return root switch
        {
            _ when GreenhouseParser.Fits(root) => new(GreenhouseParser.Parse(root), "greenhouse", []),
            _ when AshbyParser.Fits(root) => new(AshbyParser.Parse(root), "ashby", []),
            _ when RecruiteeParser.Fits(root) => new(RecruiteeParser.Parse(root), "recruitee", []),
            _ when LeverParser.Fits(root) => new(LeverParser.Parse(root), "lever", []),
            _ when OJobPubParser.Fits(root) => new(OJobPubParser.Parse(root), "ojobpub", []),
            _ => JsonLdServedAsJson(root),
        };
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
