using System.Net;
using System.Text.Json.Nodes;
using AngleSharp;
using AngleSharp.Dom;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Pages;

[Collection(nameof(BoardCollection))]
public sealed class CoopFactsAndFacetsPagesTests(RolesBoardApp app) : IAsyncLifetime
{
    private string _python = "";

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        var flat = await app.RegisterCoopWithFactsAsync("Flat Co-op", "https://flat.coop",
            new { ownership = "WORKER_OWNED", flatPay = true, membershipAfterMonths = 6, membershipTrack = "Six months as a trial member, then a vote." });
        var other = await app.RegisterCoopAsync("Agile Collective", "https://agile.coop");
        _python = await app.PostRoleIdAsync(flat.ApiKey, new { title = "Python developer", description = "Django.", skills = new[] { "Python" }, remote = "REMOTE" });
        await app.PostRoleIdAsync(flat.ApiKey, new { title = "Rust developer", description = "Tokio.", skills = new[] { "Rust" }, remote = "HYBRID", location = "Leeds, UK" });
        await app.PostRoleIdAsync(other.ApiKey, new { title = "Drupal developer", description = "PHP.", skills = new[] { "Drupal", "Python" }, remote = "REMOTE" });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<IDocument> PageAsync(string url)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html).Address("http://localhost" + url));
    }

    [Fact]
    public async Task ARolePageShowsItsCoopsFacts()
    {
        var page = await PageAsync($"/roles/{_python}");
        var terms = page.QuerySelectorAll("dt").Zip(page.QuerySelectorAll("dd")).ToDictionary(p => p.First.TextContent, p => p.Second.TextContent);
        Assert.Equal("Worker-owned · Flat pay · Member after 6 months", terms["The co-op"]);
        Assert.Equal("Six months as a trial member, then a vote.", terms["Membership"]);
        var posting = JsonNode.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent)!;
        Assert.Equal("Co-operative: Worker-owned; Flat pay; Member after 6 months", posting["jobBenefits"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheRoleListOffersFacetsAsLinksWhoseCountsAreWhatTheyFind()
    {
        var page = await PageAsync("/roles?remote=remote");
        var links = page.QuerySelectorAll("nav.facets li").Select(li => (Href: li.QuerySelector("a")!.GetAttribute("href")!, Text: li.TextContent)).ToList();
        Assert.Contains(links, l => l.Text == "hybrid (1)");
        Assert.Contains(links, l => l.Text == "any");
        Assert.Contains(links, l => l.Text == "Python (2)");
        foreach (var (href, text) in links.Where(l => l.Text != "any"))
        {
            var count = int.Parse(text[(text.LastIndexOf('(') + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            var narrowed = await PageAsync(href);
            Assert.Equal(count, narrowed.QuerySelectorAll("ul.roles > li").Length);
        }
        // The list shows each role's co-op facts too.
        Assert.Contains(page.QuerySelectorAll("ul.roles .facts"), p => p.TextContent == "Worker-owned · Flat pay · Member after 6 months");
    }
}
