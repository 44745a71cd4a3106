using Microsoft.AspNetCore.Http;
using RolesBoard.Scrapers.Fetching;
using RolesBoard.Scrapers.Scraping;
using RolesBoard.Scrapers.Tests.Infrastructure;

namespace RolesBoard.Scrapers.Tests.Scraping;

public sealed class RoleScraperTests
{
    private static readonly ScrapeOptions Options = new() { Today = Parse.Today };

    private static async Task<ScrapeResult> ScrapeAsync(FixtureSite site, string path, ScrapeOptions? options = null)
    {
        using var fetcher = new PoliteFetcher(TestFetch.Options);
        return await new RoleScraper(fetcher).ScrapeAsync(site.Url(path), options ?? Options);
    }

    // A WP Job Manager listing whose roles' descriptions are on their own pages.
    private static Task<FixtureSite> WpJobManagerSiteAsync() => FixtureSite.StartAsync(new Dictionary<string, RequestDelegate>
    {
        ["/jobs/"] = Respond.Fixture("wpjm/jobs.html"),
        ["/job/backend-developer/"] = Respond.Fixture("wpjm/job-backend-developer.html"),
        ["/job/ux-designer/"] = Respond.Fixture("wpjm/job-ux-designer.html"),
    });

    [Fact]
    public async Task FollowsAWpJobManagerListingToItsDetailPages()
    {
        await using var site = await WpJobManagerSiteAsync();
        var result = await ScrapeAsync(site, "/jobs/");
        Assert.Equal((ScrapeOutcome.Succeeded, "wp-job-manager"), (result.Outcome, result.Format));
        var backend = result.Roles[0];
        Assert.Equal(new Salary(35000, 40000, "GBP", SalaryPeriod.Year), backend.Salary);
        Assert.Equal(new DateOnly(2099, 12, 31), backend.ValidThrough);
        Assert.Equal(["Django", "Kubernetes", "PostgreSQL"], backend.Skills.Order());
        Assert.Equal("Manchester, UK (hybrid)", backend.Location);
        var designer = result.Roles[1];
        Assert.Equal(new Salary(250, 250, "GBP", SalaryPeriod.Day), designer.Salary);
        Assert.Contains("- Figma prototypes", designer.Description);
        Assert.Contains("Accessibility", designer.Skills);
    }

    [Fact]
    public async Task FollowsAPagesJobFeedWhenThePageHoldsNoRoles()
    {
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, RequestDelegate>
        {
            ["/jobs/"] = Respond.Text("""<html><head><link rel="alternate" type="application/rss+xml" title="Jobs feed" href="/jobs/feed/"></head><body>Vacancies load with JavaScript.</body></html>"""),
            ["/jobs/feed/"] = Respond.Fixture("feeds/wpjm-job-feed.rss", "application/rss+xml"),
            ["/job/frontend-developer/"] = Respond.Text("<html><main><p>TypeScript</p></main></html>"),
            ["/job/sysadmin/"] = Respond.Text("<html><main><p>Linux</p></main></html>"),
        });
        var result = await ScrapeAsync(site, "/jobs/");
        Assert.Equal("feed", result.Format);
        Assert.Equal(["Frontend Developer (React)", "Systems Administrator"], result.Roles.Select(r => r.Title));
        Assert.Equal(0, site.CountRequests("/job/frontend-developer/")); // the feed had descriptions
    }

    [Fact]
    public async Task ReadsTheForumJobsFeedServedAsRss()
    {
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, RequestDelegate>
        {
            ["/c/jobs.rss"] = Respond.Fixture("feeds/discourse-jobs.rss", "application/rss+xml"),
        });
        var role = Assert.Single((await ScrapeAsync(site, "/c/jobs.rss")).Roles);
        Assert.StartsWith("Web Architects are hiring", role.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FallsBackToTheWellKnownOJobPubFile()
    {
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, RequestDelegate>
        {
            ["/"] = Respond.Fixture("pages/navigation-only.html"),
            ["/.well-known/ojobpub.json"] = Respond.Fixture("ojobpub/ojobpub.json", "application/json"),
        });
        var result = await ScrapeAsync(site, "/");
        Assert.Equal("ojobpub", result.Format);
        Assert.Equal("Ruby on Rails Developer", Assert.Single(result.Roles).Title);
    }

    [Fact]
    public async Task APageWithoutRolesYieldsNoneAndStillSucceeds()
    {
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, RequestDelegate> { ["/"] = Respond.Fixture("pages/navigation-only.html") });
        var result = await ScrapeAsync(site, "/");
        Assert.Equal(ScrapeOutcome.Succeeded, result.Outcome);
        Assert.Empty(result.Roles);
        Assert.Equal(0, site.CountRequests("/feed/")); // the blog feed is not a job feed
    }

    [Fact]
    public async Task ReportsNotModifiedDisallowedAndFailedOutcomes()
    {
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, RequestDelegate>
        {
            ["/robots.txt"] = Respond.Text("User-agent: *\nDisallow: /private\n", "text/plain"),
            ["/private"] = Respond.Text("x"),
            ["/broken"] = Respond.Status(500),
            ["/same"] = context =>
            {
                context.Response.StatusCode = context.Request.Headers.IfNoneMatch == "\"abc\"" ? 304 : 200;
                return Task.CompletedTask;
            },
        });
        Assert.Equal(ScrapeOutcome.Disallowed, (await ScrapeAsync(site, "/private")).Outcome);
        var failed = await ScrapeAsync(site, "/broken");
        Assert.Equal(ScrapeOutcome.Failed, failed.Outcome);
        Assert.Contains("500", failed.Error, StringComparison.Ordinal);
        Assert.Equal(ScrapeOutcome.NotModified, (await ScrapeAsync(site, "/same", Options with { ETag = "\"abc\"" })).Outcome);
    }

    [Fact]
    public async Task BoundsHowManyDetailPagesItFetches()
    {
        var items = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"""<li class="job_listing"><a href="/job/{i}/"><div class="position"><h3>Role {i}</h3></div></a></li>"""));
        var routes = new Dictionary<string, RequestDelegate> { ["/jobs/"] = Respond.Text($"<ul class=\"job_listings\">{items}</ul>") };
        foreach (var i in Enumerable.Range(1, 5))
        {
            routes[$"/job/{i}/"] = Respond.Text($"<main>Details of role {i}</main>");
        }
        await using var site = await FixtureSite.StartAsync(routes);
        var result = await ScrapeAsync(site, "/jobs/", Options with { MaxDetailPages = 2 });
        Assert.Equal(5, result.Roles.Count);
        Assert.Equal(2, site.Requests.Count(r => r.Path.StartsWith("/job/", StringComparison.Ordinal)));
        Assert.Equal("Details of role 1", result.Roles[0].Description);
    }

    [Fact]
    public async Task APageServedAgainExactlyAsItWasIsNotReadAgainWhatEverItsValidators()
    {
        var page = "<html><body>" + File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "jsonld", "graph.html")) + "</body></html>";
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, RequestDelegate>
        {
            ["/jobs"] = context => Respond.Text(context.Request.Query.ContainsKey("changed") ? page.Replace("</body>", "<p>New footer</p></body>", StringComparison.Ordinal) : page)(context),
        });
        var first = await ScrapeAsync(site, "/jobs");
        Assert.Equal(ScrapeOutcome.Succeeded, first.Outcome);
        Assert.NotEmpty(first.Roles);
        Assert.NotNull(first.PageHash);

        var again = await ScrapeAsync(site, "/jobs", Options with { PageHash = first.PageHash });
        Assert.Equal((ScrapeOutcome.NotModified, 0, first.PageHash), (again.Outcome, again.Roles.Count, again.PageHash));

        // Another rule reads the same page differently, and another page is another page.
        var withRule = await ScrapeAsync(site, "/jobs", Options with { PageHash = first.PageHash, Rule = new("li", "h3") });
        Assert.NotEqual(first.PageHash, withRule.PageHash);
        var changed = await ScrapeAsync(site, "/jobs?changed", Options with { PageHash = first.PageHash });
        Assert.Equal(ScrapeOutcome.Succeeded, changed.Outcome);
    }

    [Fact]
    public async Task APageWhoseRolesAreAllPastTheirClosingDateIsReadAgainNextTime()
    {
        const string Expired = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Developer","description":"Code.","validThrough":"2020-01-31"}</script>""";
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, RequestDelegate> { ["/jobs"] = Respond.Text(Expired) });
        var result = await ScrapeAsync(site, "/jobs");
        Assert.Equal((ScrapeOutcome.Succeeded, 0, null), (result.Outcome, result.Roles.Count, result.PageHash));
    }

    [Fact]
    public async Task RolesCompletedFromDetailPagesAreAlwaysReadAgain()
    {
        await using var site = await WpJobManagerSiteAsync();
        // A detail page may change while its listing does not: the listing's text says nothing of the roles' own.
        var first = await ScrapeAsync(site, "/jobs/");
        Assert.Equal((ScrapeOutcome.Succeeded, null), (first.Outcome, first.PageHash));
        var again = await ScrapeAsync(site, "/jobs/", Options with { PageHash = first.PageHash });
        Assert.Equal(ScrapeOutcome.Succeeded, again.Outcome);
        Assert.NotEmpty(again.Roles);
    }
}
