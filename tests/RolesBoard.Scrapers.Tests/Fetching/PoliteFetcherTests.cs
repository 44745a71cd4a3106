using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using RolesBoard.Scrapers.Fetching;
using RolesBoard.Scrapers.Tests.Infrastructure;

namespace RolesBoard.Scrapers.Tests.Fetching;

public sealed class PoliteFetcherTests
{
    private static async Task<(FixtureSite Site, PoliteFetcher Fetcher)> StartAsync(Dictionary<string, RequestDelegate> routes, FetchOptions? options = null)
    {
        var site = await FixtureSite.StartAsync(routes);
        return (site, new PoliteFetcher(options ?? TestFetch.Options));
    }

    [Fact]
    public async Task IdentifiesItselfWithAContactUrl()
    {
        var (site, fetcher) = await StartAsync(new() { ["/"] = Respond.Text("<html></html>") });
        await using var _ = site;
        using var __ = fetcher;
        Assert.True((await fetcher.FetchAsync(site.Url("/"))).IsOk);
        Assert.All(site.Requests, r => Assert.Equal("RolesBoardBot/1.0 (+https://rolesboard.coop/bot)", r.UserAgent));
    }

    [Fact]
    public async Task ObeysRobotsTxtAndNeverRequestsADisallowedPage()
    {
        var (site, fetcher) = await StartAsync(new()
        {
            ["/robots.txt"] = Respond.Text("User-agent: *\nDisallow: /jobs\n", "text/plain"),
            ["/jobs"] = Respond.Text("<html>secret</html>"),
        });
        await using var _ = site;
        using var __ = fetcher;
        Assert.Equal(FetchStatus.Disallowed, (await fetcher.FetchAsync(site.Url("/jobs"))).Status);
        Assert.Equal(0, site.CountRequests("/jobs"));
    }

    [Fact]
    public async Task CachesRobotsTxt()
    {
        var (site, fetcher) = await StartAsync(new() { ["/a"] = Respond.Text("a"), ["/b"] = Respond.Text("b") });
        await using var _ = site;
        using var __ = fetcher;
        await fetcher.FetchAsync(site.Url("/a"));
        await fetcher.FetchAsync(site.Url("/b"));
        Assert.Equal(1, site.CountRequests("/robots.txt"));
    }

    [Fact]
    public async Task ARobotsTxtServerErrorDisallowsEverything()
    {
        var (site, fetcher) = await StartAsync(new() { ["/robots.txt"] = Respond.Status(503), ["/jobs"] = Respond.Text("x") });
        await using var _ = site;
        using var __ = fetcher;
        Assert.Equal(FetchStatus.Disallowed, (await fetcher.FetchAsync(site.Url("/jobs"))).Status);
        Assert.Equal(0, site.CountRequests("/jobs"));
    }

    [Fact]
    public async Task ReChecksRobotsTxtOnEveryRedirectHop()
    {
        var (site, fetcher) = await StartAsync(new()
        {
            ["/robots.txt"] = Respond.Text("User-agent: RolesBoardBot\nDisallow: /hidden\n", "text/plain"),
            ["/jobs"] = Respond.Redirect("/hidden/jobs"),
            ["/hidden/jobs"] = Respond.Text("x"),
        });
        await using var _ = site;
        using var __ = fetcher;
        Assert.Equal(FetchStatus.Disallowed, (await fetcher.FetchAsync(site.Url("/jobs"))).Status);
        Assert.Equal(0, site.CountRequests("/hidden/jobs"));
    }

    [Fact]
    public async Task FollowsRedirectsButGivesUpOnALoop()
    {
        var (site, fetcher) = await StartAsync(new()
        {
            ["/old"] = Respond.Redirect("/new", 301),
            ["/new"] = Respond.Text("here"),
            ["/loop-a"] = Respond.Redirect("/loop-b"),
            ["/loop-b"] = Respond.Redirect("/loop-a"),
        });
        await using var _ = site;
        using var __ = fetcher;
        var moved = await fetcher.FetchAsync(site.Url("/old"));
        Assert.Equal(("here", "/new"), (moved.Text, moved.Url.AbsolutePath));
        var loop = await fetcher.FetchAsync(site.Url("/loop-a"));
        Assert.Equal(FetchStatus.Failed, loop.Status);
        Assert.Contains("redirects", loop.Error, StringComparison.Ordinal);
        Assert.Equal(6, site.CountRequests("/loop-a") + site.CountRequests("/loop-b"));
    }

    [Fact]
    public async Task RefusesAHugePageCleanly()
    {
        var huge = new string('x', 300_000);
        var (site, fetcher) = await StartAsync(new() { ["/huge"] = Respond.Text(huge) }, TestFetch.Options with { MaxResponseBytes = 100_000 });
        await using var _ = site;
        using var __ = fetcher;
        var result = await fetcher.FetchAsync(site.Url("/huge"));
        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("larger than", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportsServerErrorsAndSlowAnswers()
    {
        var (site, fetcher) = await StartAsync(new() { ["/500"] = Respond.Status(500), ["/slow"] = Respond.Slow(TimeSpan.FromSeconds(10)) },
            TestFetch.Options with { RequestTimeout = TimeSpan.FromMilliseconds(300) });
        await using var _ = site;
        using var __ = fetcher;
        var error = await fetcher.FetchAsync(site.Url("/500"));
        Assert.Equal((FetchStatus.Failed, 500), (error.Status, error.StatusCode));
        var clock = Stopwatch.StartNew();
        var slow = await fetcher.FetchAsync(site.Url("/slow"));
        Assert.Equal(FetchStatus.Failed, slow.Status);
        Assert.Contains("within", slow.Error, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task SendsValidatorsAndReportsNotModified()
    {
        var (site, fetcher) = await StartAsync(new()
        {
            ["/jobs"] = async context =>
            {
                if (context.Request.Headers.IfNoneMatch == "\"v1\"")
                {
                    context.Response.StatusCode = 304;
                    return;
                }
                context.Response.Headers.ETag = "\"v1\"";
                await context.Response.WriteAsync("<html>jobs</html>");
            },
        });
        await using var _ = site;
        using var __ = fetcher;
        var first = await fetcher.FetchAsync(site.Url("/jobs"));
        Assert.Equal("\"v1\"", first.ETag);
        var second = await fetcher.FetchAsync(site.Url("/jobs"), new ConditionalHeaders(first.ETag, first.LastModified));
        Assert.Equal(FetchStatus.NotModified, second.Status);
    }

    [Fact]
    public async Task MakesOneRequestAtATimePerHostAndHonoursCrawlDelay()
    {
        var inFlight = 0;
        var maxInFlight = 0;
        var (site, fetcher) = await StartAsync(new()
        {
            ["/robots.txt"] = Respond.Text("User-agent: *\nCrawl-delay: 0.2\n", "text/plain"),
            ["/page"] = async context =>
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref maxInFlight, now);
                await Task.Delay(50);
                Interlocked.Decrement(ref inFlight);
                await context.Response.WriteAsync("ok");
            },
        });
        await using var _ = site;
        using var __ = fetcher;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fetcher.FetchAsync(site.Url("/page"))));
        Assert.Equal(1, maxInFlight);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(600), $"4 requests 0.2 s apart took {clock.Elapsed}");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
