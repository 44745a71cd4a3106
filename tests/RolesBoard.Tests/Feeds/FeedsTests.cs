using System.Net;
using System.Net.Http.Headers;
using System.ServiceModel.Syndication;
using System.Text.Json.Nodes;
using System.Xml;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Feeds;

[Collection(nameof(BoardCollection))]
public sealed class FeedsTests(RolesBoardApp app) : IAsyncLifetime
{
    private Board.CoopKey _outlandish = null!;
    private Board.CoopKey _agile = null!;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _outlandish = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
        _agile = await app.RegisterCoopAsync("Agile Collective", "https://agile.coop");
        await app.PostRoleIdAsync(_outlandish.ApiKey, new
        {
            title = "Python developer", description = "<p>Django &amp; PostgreSQL for charities.</p>", skills = new[] { "Django", "Postgres" },
            remote = "REMOTE", remoteRegions = new[] { "GB" }, employmentType = "FULL_TIME", location = "London, UK",
            salary = new { min = 35000, max = 42000, currency = "GBP", period = "YEAR" }, applyUrl = "https://outlandish.com/jobs/python",
        });
        await app.PostRoleIdAsync(_agile.ApiKey, new
        {
            title = "Drupal developer", description = "PHP and Drupal for purpose-driven clients.", skills = new[] { "Drupal", "PHP" },
            remote = "HYBRID", location = "Oxford, United Kingdom",
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<HttpResponseMessage> GetAsync(string url, Action<HttpRequestHeaders>? headers = null)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        headers?.Invoke(request.Headers);
        return await client.SendAsync(request);
    }

    private async Task<SyndicationFeed> LoadXmlFeedAsync(string url)
    {
        using var response = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        return SyndicationFeed.Load(reader);
    }

    private async Task<JsonNode> LoadJsonFeedAsync(string url)
    {
        using var response = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/feed+json", response.Content.Headers.ContentType!.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task RssFeedParsesBackWithEveryOpenRole()
    {
        using var response = await GetAsync("/feed.rss");
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = await LoadXmlFeedAsync("/feed.rss");
        Assert.Equal(["Drupal developer at Agile Collective", "Python developer at Outlandish"], feed.Items.Select(i => i.Title.Text).Order());
        var python = feed.Items.Single(i => i.Title.Text.StartsWith("Python", StringComparison.Ordinal));
        Assert.Contains("Django &amp; PostgreSQL", python.Summary.Text);
        Assert.StartsWith("http://localhost/roles/", python.Links.Single().Uri.AbsoluteUri);
        Assert.Contains(python.Categories, c => c.Name == "PostgreSQL");
    }

    [Fact]
    public async Task AtomFeedParsesBackWithIdsLinksAndHtmlContent()
    {
        var feed = await LoadXmlFeedAsync("/feed.atom");
        Assert.Equal(2, feed.Items.Count());
        var python = feed.Items.Single(i => i.Title.Text.StartsWith("Python", StringComparison.Ordinal));
        Assert.StartsWith("urn:uuid:", python.Id);
        Assert.Equal("html", ((TextSyndicationContent)python.Content).Type);
        Assert.Equal("Outlandish", python.Authors.Single().Name);
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri == "http://localhost/feed.atom");
    }

    [Fact]
    public async Task JsonFeedItemsCarryTheStructuredRole()
    {
        var feed = await LoadJsonFeedAsync("/feed.json");
        Assert.Equal("https://jsonfeed.org/version/1.1", feed["version"]!.GetValue<string>());
        Assert.Equal("http://localhost/feed.json", feed["feed_url"]!.GetValue<string>());
        Assert.Equal("http://localhost/roles", feed["home_page_url"]!.GetValue<string>());
        var python = feed["items"]!.AsArray().Single(i => i!["_jobposting"]!["title"]!.GetValue<string>() == "Python developer")!;
        var job = python["_jobposting"]!;
        Assert.Equal("REMOTE", job["remote"]!.GetValue<string>());
        Assert.Equal("FULL_TIME", job["employmentType"]!.GetValue<string>());
        Assert.Equal(42000, job["salary"]!["max"]!.GetValue<double>());
        Assert.Equal("YEAR", job["salary"]!["period"]!.GetValue<string>());
        Assert.Equal("outlandish", job["coop"]!["slug"]!.GetValue<string>());
        Assert.Equal("https://outlandish.com/jobs/python", python["external_url"]!.GetValue<string>());
        Assert.Equal(job["id"]!.GetValue<string>(), python["id"]!.GetValue<string>());
        Assert.Contains("Django &amp; PostgreSQL", python["content_html"]!.GetValue<string>());
        Assert.NotNull(python["date_published"]);
    }

    [Theory]
    [InlineData("?skill=postgres", "Python developer")] // an alias of PostgreSQL
    [InlineData("?skill=Drupal&skill=NoSuchSkill", "Drupal developer")]
    [InlineData("?q=charities", "Python developer")]
    [InlineData("?remote=hybrid", "Drupal developer")]
    [InlineData("?coop=outlandish", "Python developer")]
    [InlineData("?remote=remote&skill=django", "Python developer")]
    public async Task FiltersApplyToEveryFormat(string query, string expected)
    {
        var json = await LoadJsonFeedAsync("/feed.json" + query);
        Assert.Equal([expected], json["items"]!.AsArray().Select(i => i!["_jobposting"]!["title"]!.GetValue<string>()));
        var rss = await LoadXmlFeedAsync("/feed.rss" + query);
        Assert.Equal([expected], rss.Items.Select(i => i.Title.Text.Split(" at ")[0]));
        var atom = await LoadXmlFeedAsync("/feed.atom" + query);
        Assert.Single(atom.Items);
    }

    [Theory]
    [InlineData("?remote=sometimes", "'remote' must be remote, hybrid or onsite")]
    [InlineData("?coop=Not%20A%20Slug!", "'coop' must be a co-op's slug")]
    [InlineData("?coop=no-such-coop", "No co-op has the slug 'no-such-coop'")]
    [InlineData("?limit=0", "'limit' must be a whole number from 1 to 100")]
    [InlineData("?limit=lots", "'limit' must be a whole number")]
    [InlineData("?q=a&q=b", "may each be given once")]
    [InlineData("?after=abc", "Feeds have no pages")]
    public async Task BadFiltersAreRefusedWithAClearMessage(string query, string message)
    {
        foreach (var format in new[] { "rss", "atom", "json" })
        {
            using var response = await GetAsync($"/feed.{format}{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(message, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task LimitCapsTheNumberOfItems()
    {
        var feed = await LoadJsonFeedAsync("/feed.json?limit=1");
        Assert.Single(feed["items"]!.AsArray());
    }

    [Fact]
    public async Task ClosedAndExpiredRolesLeaveTheFeedsAtOnce()
    {
        Assert.Equal(2, (await LoadJsonFeedAsync("/feed.json"))["items"]!.AsArray().Count); // now cached
        var feed = await LoadJsonFeedAsync("/feed.json");
        var drupalId = feed["items"]!.AsArray().Single(i => i!["_jobposting"]!["title"]!.GetValue<string>() == "Drupal developer")!["id"]!.GetValue<string>();

        var closed = await app.GraphQLAsync("mutation($id: ID!) { closeRole(id: $id) { errors { code } } }", new { id = drupalId }, _agile.ApiKey);
        Assert.Empty(closed["data"]!["closeRole"]!["errors"]!.AsArray());

        var after = await LoadJsonFeedAsync("/feed.json");
        Assert.Equal(["Python developer"], after["items"]!.AsArray().Select(i => i!["_jobposting"]!["title"]!.GetValue<string>()));
        await app.StoreRoleAsync(_agile, r => { r.Title = "Expired role"; r.ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1); });
        Assert.Single((await LoadJsonFeedAsync("/feed.json"))["items"]!.AsArray());
    }

    [Fact]
    public async Task RolesWhoseSourceForbidsSyndicationTravelWithoutTheirText()
    {
        await app.StoreRoleAsync(_agile, r =>
        {
            r.Title = "Scraped role"; r.DescriptionHtml = "<p>Secret words</p>"; r.Syndicate = false; r.Source = Api.Roles.RoleSource.Scraped;
            r.SourceUrl = "https://agile.coop/jobs/1"; r.SearchText = "Scraped role";
        });
        var json = await LoadJsonFeedAsync("/feed.json?q=scraped");
        var item = json["items"]!.AsArray().Single()!;
        Assert.Null(item["content_html"]);
        Assert.DoesNotContain("Secret words", json.ToJsonString());
        var rss = await GetAsync("/feed.rss?q=scraped");
        Assert.DoesNotContain("Secret words", await rss.Content.ReadAsStringAsync());
    }
}
