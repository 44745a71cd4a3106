using Microsoft.AspNetCore.Http;
using RolesBoard.Scrapers.Discovery;
using RolesBoard.Scrapers.Fetching;
using RolesBoard.Scrapers.Tests.Infrastructure;

namespace RolesBoard.Scrapers.Tests.Discovery;

public sealed class CareersPageFinderTests
{
    private static async Task<DiscoveryResult> DiscoverAsync(FixtureSite site)
    {
        using var fetcher = new PoliteFetcher(TestFetch.Options);
        return await new CareersPageFinder(fetcher).DiscoverAsync(site.Url("/"));
    }

    [Fact]
    public async Task FindsLabelledLinksAtsBoardsAndJobFeedsOnTheHomePage()
    {
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, RequestDelegate> { ["/"] = Respond.Fixture("discovery/home.html") });
        var result = await DiscoverAsync(site);
        Assert.True(result.Succeeded);
        Assert.Equal(
            [(DiscoveryMethod.LabelledLink, "/work-with-us/"), (DiscoveryMethod.AtsBoard, "/v1/boards/examplecoop/jobs"), (DiscoveryMethod.JobFeed, "/jobs/feed/")],
            result.Sources.Select(s => (s.Method, s.Url.AbsolutePath)));
        Assert.Contains("Work with us", result.Sources[0].Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbesCommonPathsWhenTheHomePageNamesNothing()
    {
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, RequestDelegate>
        {
            ["/"] = Respond.Text("<html><a href='/about'>About</a></html>"),
            ["/jobs"] = Respond.Redirect("/"), // a site that sends unknown paths home has no careers page there
            ["/vacancies"] = Respond.Text("<html><h1>Vacancies</h1></html>"),
        });
        var source = Assert.Single((await DiscoverAsync(site)).Sources);
        Assert.Equal((DiscoveryMethod.CommonPath, "/vacancies"), (source.Method, source.Url.AbsolutePath));
        Assert.Equal(0, site.CountRequests("/work-with-us")); // stops at the first hit
    }

    [Fact]
    public async Task ReportsAnUnreachableWebsite()
    {
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, RequestDelegate> { ["/"] = Respond.Status(503) });
        var result = await DiscoverAsync(site);
        Assert.False(result.Succeeded);
        Assert.Empty(result.Sources);
    }
}
