using System.Text.Json.Nodes;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Ingestion;

[Collection(nameof(IngestionCollection))]
public sealed class SelectorRulesTests(IngestionApp app) : IAsyncLifetime
{
    // A hand-made page: no structured data, and no prose evidence of a vacancy: only a rule reads it.
    private const string HandMade = """
        <html><body><section id="vacancies">
        <div class="vacancy"><h3>Accessibility Specialist</h3><p class="where">Remote</p><a class="more" href="/vacancies/a11y">More</a></div>
        <div class="vacancy"><h3>Bookkeeper</h3><p class="where">Norwich</p><a class="more" href="/vacancies/bookkeeper">More</a></div>
        </section></body></html>
        """;

    private const string Rule = """{ "list": ".vacancy", "title": "h3", "url": "a.more", "location": ".where" }""";

    private CareersSite _site = null!;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _site = await CareersSite.StartAsync();
        _site.ProsePage = HandMade;
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task ARuleTheCoopSetsIsAppliedByTheNextScrape()
    {
        var coop = await app.CoopWithCareersPageAsync(_site);
        Assert.Equal(0, (await app.ScrapeOnceAsync(coop)).Number("found"));

        var set = await SetRuleAsync(coop.Id, _site.JobsUrl.AbsoluteUri, JsonNode.Parse(Rule), coop.ApiKey);
        Assert.Empty(set["errors"]!.AsArray());
        Assert.Equal(("co-op", ".vacancy"), (set["rule"]!["setBy"]!.GetValue<string>(), set["rule"]!["list"]!.GetValue<string>()));

        var run = await app.ScrapeOnceAsync(coop);
        Assert.Equal(("selector-rule", 2), (run.Text("format"), run.Number("created")));
        Assert.Equal(["Accessibility Specialist", "Bookkeeper"], (await app.RolesOfAsync(coop.Id)).Select(r => r.Title));
        var rules = await app.GraphQLAsync("query($id: ID!) { selectorRules(coopId: $id) { sourceUrl title } }", new { id = coop.Id }, coop.ApiKey);
        Assert.Equal(_site.JobsUrl.AbsoluteUri, rules["data"]!["selectorRules"]![0]!["sourceUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task ARuleWithASelectorNoBrowserAcceptsIsRefused()
    {
        var coop = await app.CoopWithCareersPageAsync(_site);
        var set = await SetRuleAsync(coop.Id, _site.JobsUrl.AbsoluteUri, JsonNode.Parse("""{ "list": "div[[", "title": "h3" }"""), coop.ApiKey);
        Assert.Equal(("rule.list", "INVALID_SELECTOR"), (set["errors"]![0]!["field"]!.GetValue<string>(), set["errors"]![0]!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ARuleIsSetOnlyForOneOfTheCoopsOwnSourcesByItsKeyOrTheAdministrator()
    {
        var coop = await app.CoopWithCareersPageAsync(_site);
        var elsewhere = await SetRuleAsync(coop.Id, "https://example.org/jobs", JsonNode.Parse(Rule), coop.ApiKey);
        Assert.Equal("NOT_A_SOURCE", elsewhere["errors"]![0]!["code"]!.GetValue<string>());

        var other = await app.RegisterCoopAsync("Another Co-op", "https://another.example");
        Assert.Equal("FORBIDDEN", (await SetRuleAsync(coop.Id, _site.JobsUrl.AbsoluteUri, JsonNode.Parse(Rule), other.ApiKey))["errors"]![0]!["code"]!.GetValue<string>());

        var byAdmin = await SetRuleAsync(coop.Id, _site.JobsUrl.AbsoluteUri, JsonNode.Parse(Rule), RolesBoardApp.AdminKey);
        Assert.Equal("administrator", byAdmin["rule"]!["setBy"]!.GetValue<string>());
        var removed = await SetRuleAsync(coop.Id, _site.JobsUrl.AbsoluteUri, null, coop.ApiKey);
        Assert.Null(removed["rule"]);
    }

    [Fact]
    public async Task APreviewShowsWhatARuleWouldReadAndStoresNothing()
    {
        var coop = await app.CoopWithCareersPageAsync(_site);
        var without = await PreviewAsync(_site.JobsUrl.AbsoluteUri, null, coop.ApiKey);
        Assert.Equal(("SUCCEEDED", 0), (without["outcome"]!.GetValue<string>(), without["roles"]!.AsArray().Count));

        var with = await PreviewAsync(_site.JobsUrl.AbsoluteUri, JsonNode.Parse(Rule), coop.ApiKey);
        Assert.Equal("selector-rule", with["format"]!.GetValue<string>());
        Assert.Equal(["Accessibility Specialist", "Bookkeeper"], with["roles"]!.AsArray().Select(r => r!["title"]!.GetValue<string>()));
        Assert.Equal(("remote", "Norwich"), (with["roles"]![0]!["remote"]!.GetValue<string>().ToLowerInvariant(), with["roles"]![1]!["location"]!.GetValue<string>()));
        Assert.Empty(await app.RolesOfAsync(coop.Id));
    }

    [Fact]
    public async Task APreviewShowsAProseRoleWithItsConfidence()
    {
        _site.ProsePage = """
            <html><body><article><h1 class="entry-title">Vacancy: Bookkeeper</h1><div class="entry-content">
            <p><strong>Salary:</strong> £14 per hour<br><strong>Hours:</strong> 15 hours a week</p><p>To apply, email us.</p></div></article></body></html>
            """;
        var coop = await app.CoopWithCareersPageAsync(_site);
        var preview = await PreviewAsync(_site.JobsUrl.AbsoluteUri, null, coop.ApiKey);
        var role = Assert.Single(preview["roles"]!.AsArray())!;
        Assert.Equal(("Bookkeeper", "PART_TIME", "HOUR"), (role["title"]!.GetValue<string>(), role["employmentType"]!.GetValue<string>(), role["salary"]!["period"]!.GetValue<string>()));
        Assert.Contains("Salary", role["evidence"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.InRange(role["confidence"]!.GetValue<double>(), 0.6, 1.0);
    }

    [Fact]
    public async Task PreviewsNeedAKeyAndAreLimitedPerKey()
    {
        var anonymous = await PreviewAsync(_site.JobsUrl.AbsoluteUri, null, null);
        Assert.Equal("UNAUTHENTICATED", anonymous["errors"]![0]!["code"]!.GetValue<string>());

        var coop = await app.CoopWithCareersPageAsync(_site);
        var codes = new List<string?>();
        for (var i = 0; i < 7; i++)
        {
            codes.Add((await PreviewAsync(_site.JobsUrl.AbsoluteUri, null, coop.ApiKey))["errors"]!.AsArray().FirstOrDefault()?["code"]!.GetValue<string>());
        }
        Assert.Equal([null, null, null, null, null, null, "RATE_LIMITED"], codes);
    }

    private async Task<JsonNode> SetRuleAsync(string coopId, string sourceUrl, JsonNode? rule, string key) =>
        (await app.GraphQLAsync("""
            mutation($id: ID!, $url: String!, $rule: SelectorRuleInput) { setSelectorRule(coopId: $id, sourceUrl: $url, rule: $rule) {
              rule { sourceUrl list title setBy } errors { field code message } } }
            """, new { id = coopId, url = sourceUrl, rule }, key))["data"]!["setSelectorRule"]!;

    private async Task<JsonNode> PreviewAsync(string url, JsonNode? rule, string? key) =>
        (await app.GraphQLAsync("""
            query($url: String!, $rule: SelectorRuleInput) { previewScrape(url: $url, rule: $rule) {
              outcome format error roles { title url location remote employmentType salary { min period } confidence evidence } errors { field code message } } }
            """, new { url, rule }, key))["data"]!["previewScrape"]!;
}
