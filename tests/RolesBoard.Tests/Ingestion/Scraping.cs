using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using RolesBoard.Api.Roles;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Ingestion;

/// <summary>Steps the ingestion tests take: a co-op whose careers page is a fixture site, scrapeNow, the stored roles.</summary>
public static class Scraping
{
    public static async Task<Board.CoopKey> CoopWithCareersPageAsync(this RolesBoardApp app, CareersSite site, string? website = null)
    {
        var coop = await app.RegisterCoopAsync("Fixture Co-op", website ?? site.Website);
        var set = await app.GraphQLAsync("mutation($id: ID!, $urls: [String!]!) { setCareersUrls(id: $id, urls: $urls) { errors { code } } }",
            new { id = coop.Id, urls = new[] { site.JobsUrl.AbsoluteUri } }, coop.ApiKey);
        Assert.Empty(set["data"]!["setCareersUrls"]!["errors"]!.AsArray());
        return coop;
    }

    public const string ScrapeNowMutation = """
        mutation($id: ID!) { scrapeNow(coopId: $id) {
          runs { sourceUrl outcome found created updated closed reopened linked drafted skipped error format }
          errors { field code message } } }
        """;

    /// <summary>Runs scrapeNow with the given key and returns its payload (runs and errors).</summary>
    public static async Task<JsonNode> ScrapeNowAsync(this RolesBoardApp app, string coopId, string? bearer)
    {
        var body = await app.GraphQLAsync(ScrapeNowMutation, new { id = coopId }, bearer);
        return body["data"]!["scrapeNow"]!;
    }

    /// <summary>scrapeNow that must succeed with one run; returns that run.</summary>
    public static async Task<JsonNode> ScrapeOnceAsync(this RolesBoardApp app, Board.CoopKey coop)
    {
        var payload = await app.ScrapeNowAsync(coop.Id, coop.ApiKey);
        Assert.Empty(payload["errors"]!.AsArray());
        return Assert.Single(payload["runs"]!.AsArray())!;
    }

    public static async Task<IReadOnlyList<Role>> RolesOfAsync(this RolesBoardApp app, string coopId)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var id = Guid.Parse(coopId);
        return await session.Query<Role>().Where(r => r.CoopId == id).OrderBy(r => r.Title).ToListAsync();
    }

    public static int Number(this JsonNode run, string field) => run[field]!.GetValue<int>();

    public static string Text(this JsonNode run, string field) => run[field]!.GetValue<string>();
}
