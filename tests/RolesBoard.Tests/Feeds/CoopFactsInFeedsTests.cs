using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json.Nodes;
using System.Xml;
using AngleSharp;
using RolesBoard.Api.Feeds;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Feeds;

/// <summary>What seekers ask of a co-op (ownership, pay, membership, hours) travels with its roles to network sites.</summary>
[Collection(nameof(BoardCollection))]
public sealed class CoopFactsInFeedsTests(RolesBoardApp app) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        var flat = await app.RegisterCoopWithFactsAsync("Flat Co-op", "https://flat.coop",
            new { ownership = "WORKER_OWNED", flatPay = true, membershipAfterMonths = 6, hoursPerWeek = 32 });
        await app.PostRoleIdAsync(flat.ApiKey, new { title = "Python developer", description = "Django.", skills = new[] { "Python" } });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static readonly string[] Facts = ["Worker-owned", "Flat pay", "Member after 6 months", "32-hour week"];

    private async Task<string> GetAsync(string url)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [InlineData("/feed.rss")]
    [InlineData("/feed.atom")]
    public async Task XmlFeedsCarryTheFactsAsCategoriesInTheirOwnScheme(string url)
    {
        using var reader = XmlReader.Create(new StringReader(await GetAsync(url)));
        var item = SyndicationFeed.Load(reader).Items.Single();
        Assert.Equal(Facts, item.Categories.Where(c => c.Scheme == XmlFeedWriter.CoopFactsScheme).Select(c => c.Name));
        Assert.Contains(item.Categories, c => c.Name == "Python" && c.Scheme is null);
    }

    [Fact]
    public async Task JsonFeedCarriesTheFactsAsFieldsAndLabels()
    {
        var coop = JsonNode.Parse(await GetAsync("/feed.json"))!["items"]![0]!["_jobposting"]!["coop"]!;
        Assert.Equal("WORKER_OWNED", coop["ownership"]!.GetValue<string>());
        Assert.True(coop["flatPay"]!.GetValue<bool>());
        Assert.Equal(6, coop["membershipAfterMonths"]!.GetValue<int>());
        Assert.Equal(32, coop["hoursPerWeek"]!.GetValue<double>());
        Assert.Equal(Facts, coop["facts"]!.AsArray().Select(f => f!.GetValue<string>()));
    }

    [Fact]
    public async Task TheWidgetShowsTheFacts()
    {
        // The iframe form renders them on the server; embed.js appends _jobposting.coop.facts (above) to each role's line.
        var html = await GetAsync("/embed?skill=python");
        var page = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
        Assert.Equal(string.Join(" · ", Facts), page.QuerySelector("ul.roles li .facts")!.TextContent);
        Assert.Contains("job.coop.facts", await GetAsync("/embed.js"), StringComparison.Ordinal);
    }
}
