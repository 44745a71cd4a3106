using Microsoft.AspNetCore.Http;
using RolesBoard.Scrapers.Fetching;
using RolesBoard.Scrapers.Scraping;
using RolesBoard.Scrapers.Tests.Infrastructure;

namespace RolesBoard.Scrapers.Tests.Scraping;

/// <summary>Co-op sites written in prose, served on loopback: listings and archives lead to their vacancy posts.</summary>
public sealed class ProseScrapingTests
{
    private static async Task<ScrapeResult> ScrapeAsync(FixtureSite site, string path, int maxPosts = 20)
    {
        using var fetcher = new PoliteFetcher(TestFetch.Options);
        return await new RoleScraper(fetcher).ScrapeAsync(site.Url(path), new ScrapeOptions { Today = Parse.Today, MaxDetailPages = maxPosts });
    }

    [Fact]
    public async Task ReadsAVacancyPostWhereItIs()
    {
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, RequestDelegate>
        {
            ["/2026/10/hiring/"] = Respond.Fixture("prose/wordpress-two-roles.html"),
        });
        var result = await ScrapeAsync(site, "/2026/10/hiring/");
        Assert.Equal((ScrapeOutcome.Succeeded, "prose"), (result.Outcome, result.Format));
        Assert.Equal(["Backend Developer", "Bookkeeper"], result.Roles.Select(r => r.Title));
        Assert.All(result.Roles, r => Assert.Equal(site.Url("/2026/10/hiring/"), r.Url));
        Assert.Equal(1, site.CountRequests("/2026/10/hiring/"));
    }

    [Fact]
    public async Task FollowsACategoryArchiveToItsOpenVacancyPostsNotToItsFeed()
    {
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, RequestDelegate>
        {
            ["/category/jobs/"] = Respond.Fixture("prose/wordpress-category.html"),
            ["/category/jobs/feed/"] = Respond.Fixture("feeds/wpjm-job-feed.rss", "application/rss+xml"),
            ["/2026/10/data-engineer/"] = Respond.Fixture("prose/wordpress-post.html"),
            ["/2025/06/ux-designer/"] = Respond.Fixture("prose/wordpress-filled.html"),
            ["/2025/03/how-we-hire/"] = Respond.Fixture("prose/how-we-hire.html"),
        });
        var result = await ScrapeAsync(site, "/category/jobs/");
        var role = Assert.Single(result.Roles);
        Assert.Equal(("Data Engineer", site.Url("/2026/10/data-engineer/")), (role.Title, role.Url));
        Assert.Equal(new Salary(32000, 36000, "GBP", SalaryPeriod.Year), role.Salary);
        Assert.Equal(1.0, role.Confidence);
        Assert.Equal(0, site.CountRequests("/category/jobs/feed/") + site.CountRequests("/2025/06/ux-designer/") + site.CountRequests("/2025/03/how-we-hire/"));
    }

    [Fact]
    public async Task FollowsTheReadMoreLinkOfAnArchivePostWhoseHeadingNamesAnOpenVacancy()
    {
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, RequestDelegate>
        {
            ["/news/"] = Respond.Fixture("prose/wordpress-read-more.html"),
            ["/2026/11/frontend-developer/"] = Respond.Fixture("prose/wordpress-post.html"),
        });
        var result = await ScrapeAsync(site, "/news/");
        var role = Assert.Single(result.Roles);
        Assert.Equal(site.Url("/2026/11/frontend-developer/"), role.Url);
        Assert.Equal(0, site.CountRequests("/2026/10/agm/") + site.CountRequests("/2026/08/bookkeeper/") + site.CountRequests("/2026/07/why-members/"));
    }

    [Fact]
    public async Task FollowsAJobsPageToItsPostsAndDropsTheOneWhoseClosingDateHasPassed()
    {
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, RequestDelegate>
        {
            ["/jobs/"] = Respond.Fixture("prose/jekyll-jobs.html"),
            ["/2026/10/05/job-systems-administrator.html"] = Respond.Fixture("prose/jekyll-sysadmin.html"),
            ["/2026/08/01/vacancy-community-organiser.html"] = Respond.Fixture("prose/jekyll-organiser.html"),
        });
        var result = await ScrapeAsync(site, "/jobs/");
        var role = Assert.Single(result.Roles);
        Assert.Equal(("Systems Administrator", EmploymentType.PartTime, new DateOnly(2026, 11, 27)), (role.Title, role.EmploymentType, role.ValidThrough));
        Assert.Equal(1, site.CountRequests("/2026/08/01/vacancy-community-organiser.html"));
        Assert.Equal(0, site.CountRequests("/membership/"));
    }

    [Fact]
    public async Task FollowsNoMorePostsThanTheDetailPageBound()
    {
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, RequestDelegate>
        {
            ["/jobs/"] = Respond.Fixture("prose/jekyll-jobs.html"),
            ["/2026/10/05/job-systems-administrator.html"] = Respond.Fixture("prose/jekyll-sysadmin.html"),
            ["/2026/08/01/vacancy-community-organiser.html"] = Respond.Fixture("prose/jekyll-organiser.html"),
        });
        await ScrapeAsync(site, "/jobs/", maxPosts: 1);
        Assert.Equal(2, site.Requests.Count(r => r.Path != "/robots.txt"));
    }

    [Fact]
    public async Task FollowsAForumCategoryToTheFirstPostOfEachOpenTopic()
    {
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, RequestDelegate>
        {
            ["/c/jobs/5"] = Respond.Fixture("prose/discourse-category.html"),
            ["/t/elixir-developer-at-code-commons/1288"] = Respond.Fixture("prose/discourse-topic.html"),
            ["/t/filled-bookkeeper-at-outlandish/1201"] = Respond.Fixture("prose/wordpress-filled.html"),
        });
        var result = await ScrapeAsync(site, "/c/jobs/5");
        var role = Assert.Single(result.Roles);
        Assert.Equal(("Elixir Developer", RemotePolicy.Remote), (role.Title, role.Remote));
        Assert.Equal(0, site.CountRequests("/t/filled-bookkeeper-at-outlandish/1201"));
    }

    [Fact]
    public async Task ASpanishSiteIsReadInSpanish()
    {
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, RequestDelegate>
        {
            ["/2026/10/buscamos-backend/"] = Respond.Fixture("prose/es-wordpress.html"),
            ["/2026/09/buscamos-ux/"] = Respond.Fixture("prose/es-cerrada.html"),
        });
        var open = await ScrapeAsync(site, "/2026/10/buscamos-backend/");
        Assert.Equal(("Desarrollador/a Backend", RemotePolicy.Remote, "Buenos Aires"), (open.Roles[0].Title, open.Roles[0].Remote, open.Roles[0].Location));
        Assert.Empty((await ScrapeAsync(site, "/2026/09/buscamos-ux/")).Roles);
    }

    [Theory]
    [InlineData("prose/not-hiring.html")]
    [InlineData("prose/membership.html")]
    [InlineData("prose/how-we-hire.html")]
    public async Task APageWithoutAVacancyYieldsNothingAndFollowsNoJobsLink(string fixture)
    {
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, RequestDelegate>
        {
            ["/page/"] = Respond.Fixture(fixture),
            ["/jobs/"] = Respond.Fixture("prose/wordpress-post.html"),
        });
        var result = await ScrapeAsync(site, "/page/");
        Assert.Equal(ScrapeOutcome.Succeeded, result.Outcome);
        Assert.Empty(result.Roles);
        Assert.Equal(0, site.CountRequests("/jobs/"));
    }
}
