using System.Net;
using System.Text.Json.Nodes;
using AngleSharp;
using AngleSharp.Dom;
using RolesBoard.Api.Roles;
using RolesBoard.Tests.Feeds;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Pages;

[Collection(nameof(BoardCollection))]
public sealed class RolePagesTests(RolesBoardApp app) : IAsyncLifetime
{
    private Board.CoopKey _coop = null!;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(HttpStatusCode Status, IDocument Page)> PageAsync(string url)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        var page = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html).Address("http://localhost" + url));
        return (response.StatusCode, page);
    }

    private static JsonObject? JobPosting(IDocument page)
    {
        var scripts = page.QuerySelectorAll("script[type='application/ld+json']").ToList();
        return scripts.Count == 0 ? null : JsonNode.Parse(scripts.Single().TextContent)!.AsObject();
    }

    [Fact]
    public async Task ARemoteRolePageCarriesEveryJobPostingPropertyGoogleRequires()
    {
        var id = await app.PostRoleIdAsync(_coop.ApiKey, new
        {
            title = "Python developer", description = "<p>Django for <b>charities</b>.</p>", skills = new[] { "Django", "Postgres" },
            remote = "REMOTE", remoteRegions = new[] { "GB", "EU" }, employmentType = "FULL_TIME",
            salary = new { min = 35000, max = 42000, currency = "GBP", period = "YEAR" }, validThrough = "2099-12-31",
            applyUrl = "https://outlandish.com/jobs/python",
        });
        var (status, page) = await PageAsync($"/roles/{id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Python developer", page.QuerySelector("h1")!.TextContent);

        var posting = JobPosting(page)!;
        Assert.Equal("https://schema.org/", posting["@context"]!.GetValue<string>());
        Assert.Equal("JobPosting", posting["@type"]!.GetValue<string>());
        Assert.Equal("Python developer", posting["title"]!.GetValue<string>());
        Assert.Contains("<b>charities</b>", posting["description"]!.GetValue<string>());
        Assert.True(DateTimeOffset.TryParse(posting["datePosted"]!.GetValue<string>(), out _));
        Assert.Equal("Organization", posting["hiringOrganization"]!["@type"]!.GetValue<string>());
        Assert.Equal("Outlandish", posting["hiringOrganization"]!["name"]!.GetValue<string>());
        Assert.Equal("TELECOMMUTE", posting["jobLocationType"]!.GetValue<string>());
        var countries = posting["applicantLocationRequirements"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("GB", countries);
        Assert.Contains("FR", countries); // EU, expanded to its member states
        Assert.All(posting["applicantLocationRequirements"]!.AsArray(), c => Assert.Equal("Country", c!["@type"]!.GetValue<string>()));

        Assert.StartsWith("2100-01-01T00:00:00", posting["validThrough"]!.GetValue<string>());
        Assert.Equal("FULL_TIME", posting["employmentType"]!.GetValue<string>());
        var salary = posting["baseSalary"]!;
        Assert.Equal("MonetaryAmount", salary["@type"]!.GetValue<string>());
        Assert.Equal("GBP", salary["currency"]!.GetValue<string>());
        Assert.Equal("QuantitativeValue", salary["value"]!["@type"]!.GetValue<string>());
        Assert.Equal(35000, salary["value"]!["minValue"]!.GetValue<double>());
        Assert.Equal(42000, salary["value"]!["maxValue"]!.GetValue<double>());
        Assert.Equal("YEAR", salary["value"]!["unitText"]!.GetValue<string>());
        Assert.Equal(id, posting["identifier"]!["value"]!.GetValue<string>());
        Assert.False(posting["directApply"]!.GetValue<bool>());
        Assert.Equal($"http://localhost/roles/{id}", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AnOnSiteRoleHasAJobLocation()
    {
        var id = await app.PostRoleIdAsync(_coop.ApiKey, new { title = "Office developer", description = "In Sheffield.", remote = "ONSITE", location = "Sheffield, UK" });
        var posting = JobPosting((await PageAsync($"/roles/{id}")).Page)!;
        Assert.Null(posting["jobLocationType"]);
        Assert.Equal("Place", posting["jobLocation"]!["@type"]!.GetValue<string>());
        Assert.Equal("Sheffield, UK", posting["jobLocation"]!["address"]!["addressLocality"]!.GetValue<string>());
        Assert.Equal("GB", posting["jobLocation"]!["address"]!["addressCountry"]!.GetValue<string>());
    }

    [Fact]
    public async Task ATitleCannotBreakOutOfTheJsonLdOrTheHtml()
    {
        const string evil = "</script><script>alert(1)</script><img src=x onerror=alert(2)>";
        var id = await app.PostRoleIdAsync(_coop.ApiKey, new { title = evil, description = "Harmless." });
        using var client = app.CreateClient();
        var html = await client.GetStringAsync($"/roles/{id}");
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.DoesNotContain("<img src=x", html);

        var page = (await PageAsync($"/roles/{id}")).Page;
        Assert.Single(page.QuerySelectorAll("script")); // only the JSON-LD
        Assert.Empty(page.QuerySelectorAll("img"));
        Assert.Equal(evil, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(evil, JobPosting(page)!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task AScrapedRolePointsToItsSourceAsCanonical()
    {
        var id = await app.StoreRoleAsync(_coop, r => { r.Title = "Scraped role"; r.Source = RoleSource.Scraped; r.SourceUrl = "https://outlandish.com/jobs/7"; });
        var (status, page) = await PageAsync($"/roles/{id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("https://outlandish.com/jobs/7", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.NotNull(JobPosting(page));
    }

    [Fact]
    public async Task ARoleWhoseSourceForbidsSyndicationHasNoMarkup()
    {
        var id = await app.StoreRoleAsync(_coop, r =>
        {
            r.Title = "Not for syndication"; r.Source = RoleSource.Scraped; r.SourceUrl = "https://outlandish.com/jobs/8"; r.Syndicate = false;
            r.DescriptionHtml = "<p>Their words</p>";
        });
        var (status, page) = await PageAsync($"/roles/{id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(JobPosting(page));
        Assert.DoesNotContain("Their words", page.Body!.TextContent);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://outlandish.com/jobs/8");
    }

    [Fact]
    public async Task ClosedAndExpiredRolesAreGoneWithoutMarkup()
    {
        var id = await app.PostRoleIdAsync(_coop.ApiKey, new { title = "Closing soon", description = "Soon gone." });
        await app.GraphQLAsync("mutation($id: ID!) { closeRole(id: $id) { errors { code } } }", new { id }, _coop.ApiKey);
        var (closed, closedPage) = await PageAsync($"/roles/{id}");
        Assert.Equal(HttpStatusCode.Gone, closed);
        Assert.Null(JobPosting(closedPage));
        Assert.Contains("no longer open", closedPage.Body!.TextContent);

        var expired = await app.StoreRoleAsync(_coop, r => r.ExpiresAt = DateTimeOffset.UtcNow.AddHours(-1));
        var (status, page) = await PageAsync($"/roles/{expired}");
        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Null(JobPosting(page));
    }

    [Theory]
    [InlineData("/roles/00000000-0000-0000-0000-000000000001")]
    [InlineData("/roles/not-a-guid")]
    [InlineData("/roles/00000000-0000-0000-0000-000000000001.json")]
    public async Task AnUnknownRoleIsNotFound(string url)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheRoleListFiltersPagesAndHasNoMarkup()
    {
        for (var i = 1; i <= 25; i++)
        {
            await app.StoreRoleAsync(_coop, r => { r.Title = $"Role {i}"; r.DatePosted = DateTimeOffset.UtcNow.AddMinutes(-i); r.Skills = i % 5 == 0 ? ["Rust"] : ["Go"]; });
        }
        var (status, page) = await PageAsync("/roles");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(20, page.QuerySelectorAll("ul.roles li").Length);
        Assert.Null(JobPosting(page));
        var next = page.QuerySelector("a[rel=next]")!.GetAttribute("href")!;

        var (_, second) = await PageAsync(next);
        Assert.Equal(5, second.QuerySelectorAll("ul.roles li").Length);
        Assert.Null(second.QuerySelector("a[rel=next]"));

        var (_, rust) = await PageAsync("/roles?skill=rust&remote=");
        Assert.Equal(["Role 5", "Role 10", "Role 15", "Role 20", "Role 25"], rust.QuerySelectorAll("ul.roles li a").Select(a => a.TextContent));
        Assert.Equal("rust", ((AngleSharp.Html.Dom.IHtmlInputElement)rust.QuerySelector("input[name=skill]")!).Value);

        using var client = app.CreateClient();
        using var bad = await client.GetAsync("/roles?after=not-a-cursor");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
