using System.Text.Json.Nodes;
using RolesBoard.Api.Roles;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Ingestion;

[Collection(nameof(IngestionCollection))]
public sealed class ProseRolesTests(IngestionApp app) : IAsyncLifetime
{
    // A WordPress post with every kind of evidence: listed straight away.
    private const string FullPost = """
        <html lang="en"><head><title>Join us: we're looking for a Data Engineer! – Acme Co-op</title></head><body>
        <nav><a href="/jobs">Jobs</a></nav>
        <article><h1 class="entry-title">Join us: we're looking for a Data Engineer!</h1><div class="entry-content">
        <p><strong>Salary:</strong> £32,000 – £36,000 per annum<br><strong>Location:</strong> Leeds, UK<br>
        <strong>Contract:</strong> Permanent, full-time<br><strong>Closing date:</strong> 13 November 2099</p>
        <p>You'll build pipelines in Python and PostgreSQL. To apply, send your CV to jobs@acme.example.</p>
        </div></article></body></html>
        """;

    // An announcement with little evidence: a title and how to apply, nothing else.
    private const string ThinPost = """
        <html lang="en"><head><title>We're hiring a Developer</title></head><body>
        <article><h1 class="entry-title">We're hiring a Developer</h1><div class="entry-content">
        <p>We're growing and would love to hear from you. Send us your CV!</p></div></article></body></html>
        """;

    private CareersSite _site = null!;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _site = await CareersSite.StartAsync();
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task StoresARoleReadFromProseWithItsConfidence()
    {
        _site.ProsePage = FullPost;
        var coop = await app.CoopWithCareersPageAsync(_site);
        var run = await app.ScrapeOnceAsync(coop);
        Assert.Equal(("prose", 1, 1, 0), (run.Text("format"), run.Number("found"), run.Number("created"), run.Number("drafted")));
        var role = Assert.Single(await app.RolesOfAsync(coop.Id));
        Assert.Equal(("Data Engineer", RoleStatus.Open, 1.0), (role.Title, role.Status, role.ScrapeConfidence));
        Assert.Contains("ClosingDate", role.ScrapeEvidence);
        Assert.Equal((32000d, "GB"), (role.Salary!.Min, role.Country));
        var listed = await app.GraphQLAsync("query($slug: String!) { coop(slug: $slug) { roles { nodes { title scrapeConfidence scrapeEvidence status } } } }", new { slug = coop.Slug });
        var node = Assert.Single(listed["data"]!["coop"]!["roles"]!["nodes"]!.AsArray())!;
        Assert.Equal(("Data Engineer", 1.0, "OPEN"), (node["title"]!.GetValue<string>(), node["scrapeConfidence"]!.GetValue<double>(), node["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task HoldsAThinlyEvidencedRoleAsADraftUntilTheCoopConfirmsIt()
    {
        _site.ProsePage = ThinPost;
        var coop = await app.CoopWithCareersPageAsync(_site);
        var run = await app.ScrapeOnceAsync(coop);
        Assert.Equal((1, 1), (run.Number("created"), run.Number("drafted")));
        Assert.Equal(0, await ListedAsync(coop));

        var drafts = await app.GraphQLAsync("query($id: ID!) { scrapedDrafts(coopId: $id) { id title status scrapeConfidence scrapeEvidence } }", new { id = coop.Id }, coop.ApiKey);
        var draft = Assert.Single(drafts["data"]!["scrapedDrafts"]!.AsArray())!;
        Assert.Equal(("Developer", "DRAFT"), (draft["title"]!.GetValue<string>(), draft["status"]!.GetValue<string>()));
        Assert.True(draft["scrapeConfidence"]!.GetValue<double>() < 0.6);

        // Scraped again, it stays one draft.
        Assert.Equal(0, (await app.ScrapeOnceAsync(coop)).Number("created"));

        var other = await app.RegisterCoopAsync("Another Co-op", "https://another.example");
        Assert.Equal("FORBIDDEN", (await ConfirmAsync(draft["id"]!.GetValue<string>(), other.ApiKey))["errors"]![0]!["code"]!.GetValue<string>());
        var confirmed = await ConfirmAsync(draft["id"]!.GetValue<string>(), coop.ApiKey);
        Assert.Equal("OPEN", confirmed["role"]!["status"]!.GetValue<string>());
        Assert.Equal(1, await ListedAsync(coop));

        // The next scrape refreshes the confirmed role; it does not send it back to the drafts.
        await app.ScrapeOnceAsync(coop);
        Assert.Equal(RoleStatus.Open, Assert.Single(await app.RolesOfAsync(coop.Id)).Status);
    }

    [Fact]
    public async Task AnotherCoopCannotSeeADraft()
    {
        _site.ProsePage = ThinPost;
        var coop = await app.CoopWithCareersPageAsync(_site);
        await app.ScrapeOnceAsync(coop);
        var other = await app.RegisterCoopAsync("Another Co-op", "https://another.example");
        var body = await app.GraphQLAsync("query($id: ID!) { scrapedDrafts(coopId: $id) { id } }", new { id = coop.Id }, other.ApiKey);
        Assert.Equal("FORBIDDEN", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    private async Task<JsonNode> ConfirmAsync(string id, string key) =>
        (await app.GraphQLAsync("mutation($id: ID!) { confirmScrapedRole(id: $id) { role { status } errors { code } } }", new { id }, key))["data"]!["confirmScrapedRole"]!;

    private async Task<int> ListedAsync(Board.CoopKey coop) =>
        (await app.GraphQLAsync("query($slug: String!) { coop(slug: $slug) { roles { totalCount } } }", new { slug = coop.Slug }))["data"]!["coop"]!["roles"]!["totalCount"]!.GetValue<int>();
}
