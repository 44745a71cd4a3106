using System.Text.Json;
using Microsoft.AspNetCore.Http;
using RolesBoard.Scrapers.Cli;
using RolesBoard.Scrapers.Tests.Infrastructure;

namespace RolesBoard.Scrapers.Tests.Cli;

public sealed class ScrapeCommandTests
{
    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await ScrapeCommand.RunAsync(args, stdout, stderr, TestFetch.Options with { AllowPrivateNetwork = false });
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task PrintsTheRolesAsTheContractsJsonWithThePrivateNetworkAllowed()
    {
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, RequestDelegate> { ["/careers"] = Respond.Fixture("jsonld/graph.html") });
        var (exit, stdout, stderr) = await RunAsync("scrape", site.Url("/careers").ToString(), "--allow-private-network");
        Assert.True(exit == 0, stderr);
        var role = Assert.Single(JsonDocument.Parse(stdout).RootElement.EnumerateArray());
        Assert.Equal(
            ["title", "url", "location", "remote", "employmentType", "datePosted", "validThrough", "salary", "skills", "description"],
            role.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Senior .NET & C# Developer", role.GetProperty("title").GetString());
        Assert.Equal("PART_TIME", role.GetProperty("employmentType").GetString());
        Assert.Equal(JsonValueKind.Null, role.GetProperty("remote").ValueKind);
        Assert.Equal("2099-01-31", role.GetProperty("validThrough").GetString());
        var salary = role.GetProperty("salary");
        Assert.Equal((38000m, 42000m, "GBP", "YEAR"),
            (salary.GetProperty("min").GetDecimal(), salary.GetProperty("max").GetDecimal(), salary.GetProperty("currency").GetString(), salary.GetProperty("period").GetString()));
        Assert.Contains("ASP.NET Core", role.GetProperty("skills").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task PrintsTheRolesOfAVacancyWrittenAsProse()
    {
        // The command line's clock is the real one: the post closes far in the future.
        var post = Fixtures.Read("prose/wordpress-post.html").Replace("Friday 13 November", "13 November 2099", StringComparison.Ordinal);
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, RequestDelegate> { ["/2026/10/data-engineer/"] = Respond.Text(post) });
        var (exit, stdout, stderr) = await RunAsync("scrape", site.Url("/2026/10/data-engineer/").ToString(), "--allow-private-network");
        Assert.True(exit == 0, stderr);
        var role = Assert.Single(JsonDocument.Parse(stdout).RootElement.EnumerateArray());
        Assert.Equal(
            ["title", "url", "location", "remote", "employmentType", "datePosted", "validThrough", "salary", "skills", "description"],
            role.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("Data Engineer", "remote", "FULL_TIME", "2099-11-13", "Remote within Europe"),
            (role.GetProperty("title").GetString(), role.GetProperty("remote").GetString(), role.GetProperty("employmentType").GetString(),
             role.GetProperty("validThrough").GetString(), role.GetProperty("location").GetString()));
        Assert.Equal(32000m, role.GetProperty("salary").GetProperty("min").GetDecimal());
    }

    [Fact]
    public async Task WritesRemoteInLowerCase()
    {
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, RequestDelegate> { ["/careers"] = Respond.Fixture("jsonld/array.html") });
        var (_, stdout, _) = await RunAsync("scrape", site.Url("/careers").ToString(), "--allow-private-network");
        Assert.Equal("remote", JsonDocument.Parse(stdout).RootElement[0].GetProperty("remote").GetString());
    }

    [Fact]
    public async Task RefusesALoopbackAddressWithoutTheFlag()
    {
        await using var site = await FixtureSite.StartAsync(new Dictionary<string, RequestDelegate> { ["/careers"] = Respond.Fixture("jsonld/graph.html") });
        var (exit, stdout, stderr) = await RunAsync("scrape", site.Url("/careers").ToString());
        Assert.NotEqual(0, exit);
        Assert.Empty(stdout);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains("refused", stderr, StringComparison.Ordinal);
        Assert.Empty(site.Requests);
    }

    [Theory]
    [InlineData]
    [InlineData("scrape")]
    [InlineData("fetch", "https://example.coop/")]
    [InlineData("scrape", "not a url")]
    [InlineData("scrape", "ftp://example.coop/jobs")]
    public async Task AnswersBadArgumentsWithUsage(params string[] args)
    {
        var (exit, stdout, stderr) = await RunAsync(args);
        Assert.Equal(ScrapeCommand.UsageError, exit);
        Assert.Empty(stdout);
        Assert.NotEmpty(stderr);
    }
}
