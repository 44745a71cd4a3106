using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using AngleSharp;

namespace RolesBoard.Tests.Stats;

/// <summary>/stats (server-drawn SVG, no script), /stats.csv (a row a week, week_start first) and /stats.json: licensed, cacheable.</summary>
[Collection(nameof(StatsCollection))]
public sealed class StatsPagesTests(StatsApp app) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        app.At("2026-03-02T09:00:00Z");
        var coop = await app.CoopAsync("Outlandish", "GB", "CoTech");
        await app.RoleAsync(coop, "Backend developer", ["Python", "PostgreSQL"]);
        app.At("2026-03-10T09:00:00Z");
        await app.RoleAsync(coop, "Elixir developer", ["Elixir"]);
        app.At("2026-03-17T09:00:00Z");
        await app.SnapshotAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static async Task<string> GetStringAsync(StatsApp app, string url)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task ThePageDrawsItsChartsAsSvgWithTextAlternativesAndNoScript()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/stats?from=2026-03-02&to=2026-03-17");
        var html = await response.Content.ReadAsStringAsync();
        var page = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));

        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Empty(page.QuerySelectorAll("script, link[rel=stylesheet], img, iframe"));
        var charts = page.QuerySelectorAll("svg.chart");
        Assert.Equal(["chart-roles", "chart-open", "chart-skills"], charts.Select(c => c.Id));
        foreach (var chart in charts)
        {
            Assert.Equal("img", chart.GetAttribute("role"));
            Assert.NotEmpty(chart.QuerySelector("title")!.TextContent);
            Assert.NotEmpty(chart.QuerySelector("desc")!.TextContent);
        }
        // Three weeks, two series: the week of 2 March has one role opened.
        Assert.Equal(6, page.QuerySelectorAll("#chart-roles rect.bar").Length);
        Assert.Contains("2 Mar: opened 1", page.QuerySelectorAll("#chart-roles rect.bar title").Select(t => t.TextContent));
        Assert.Equal(["2026-03-02", "2026-03-09", "2026-03-16"], page.QuerySelectorAll("details table tbody th").Select(t => t.TextContent));
        Assert.Contains("Elixir 1", page.QuerySelector("#chart-skills desc")!.TextContent);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", page.QuerySelector("a[rel=license]")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("a[href='/stats.csv?from=2026-03-02&to=2026-03-17']"));

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task TheCsvHasAHeaderThenOneRowAWeekStartingWithWeekStart()
    {
        var csv = await GetStringAsync(app, "/stats.csv?from=2026-03-02&to=2026-03-17");
        var lines = csv.TrimEnd().Split("\r\n");
        Assert.Equal("week_start,roles_opened,roles_closed,open_roles,roles_stating_pay,coops,verified_coops,active_coops,coops_scraped_successfully,median_days_open,seekers_registered,introductions_requested,introductions_accepted", lines[0]);
        Assert.Equal(["2026-03-02,1,0,1,0,1,1,1,0,,fewer than 10,fewer than 10,fewer than 10", "2026-03-09,1,0,2,0,1,1,1,0,,fewer than 10,fewer than 10,fewer than 10"], lines[1..3]);
        Assert.StartsWith("2026-03-16,0,0,2,", lines[3]);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public async Task TheJsonStatesItsLicenceAndMatchesTheGraphQLFigures()
    {
        var json = JsonNode.Parse(await GetStringAsync(app, "/stats.json?from=2026-03-02&to=2026-03-17"))!;
        Assert.Equal("CC BY 4.0", json["licence"]!.GetValue<string>());
        Assert.Equal(2, json["openRoles"]!.GetValue<int>());
        Assert.Equal("2026-03-02", json["weeks"]![0]!["weekStart"]!.GetValue<string>());
        var graph = await app.MovementStatsAsync("2026-03-02", "2026-03-17");
        Assert.Equal(graph["openRoles"]!.GetValue<int>(), json["openRoles"]!.GetValue<int>());
    }

    [Fact]
    public async Task AnswersAreCacheableAndConditional()
    {
        using var client = app.CreateClient();
        using var first = await client.GetAsync("/stats.csv?to=2026-03-17");
        Assert.Contains("public", first.Headers.CacheControl!.ToString());
        Assert.Contains("rel=\"license\"", first.Headers.GetValues("Link").Single());
        var etag = first.Headers.ETag!;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/stats.csv?to=2026-03-17");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag));
        using var again = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Theory]
    [InlineData("/stats?from=yesterday")]
    [InlineData("/stats.csv?country=Atlantis")]
    [InlineData("/stats.json?from=2026-03-02&to=2026-03-01")]
    public async Task BadQueriesGetAPlainReason(string url)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsStringAsync());
    }
}
