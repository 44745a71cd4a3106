using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Ingestion;

[Collection(nameof(IngestionCollection))]
public sealed class ScrapeRunAccessTests(IngestionApp app) : IAsyncLifetime
{
    private const string RunsQuery = "query($id: ID!) { scrapeRuns(coopId: $id, first: 5) { sourceUrl outcome created } }";
    private CareersSite _site = null!;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _site = await CareersSite.StartAsync("Backend Developer");
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task ScrapeRunsAreVisibleToTheCoopAndTheAdministratorOnly()
    {
        var coop = await app.CoopWithCareersPageAsync(_site);
        var other = await app.RegisterCoopAsync("Other Co-op", "https://other.example.coop");
        await app.ScrapeOnceAsync(coop);

        foreach (var key in new[] { coop.ApiKey, RolesBoardApp.AdminKey })
        {
            var run = Assert.Single((await app.GraphQLAsync(RunsQuery, new { id = coop.Id }, key))["data"]!["scrapeRuns"]!.AsArray())!;
            Assert.Equal((_site.JobsUrl.AbsoluteUri, "SUCCEEDED", 1), (run.Text("sourceUrl"), run.Text("outcome"), run.Number("created")));
        }
        var forbidden = await app.GraphQLAsync(RunsQuery, new { id = coop.Id }, other.ApiKey);
        Assert.Equal("FORBIDDEN", forbidden["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(forbidden["data"]);
        var anonymous = await app.GraphQLAsync(RunsQuery, new { id = coop.Id });
        Assert.Equal("UNAUTHENTICATED", anonymous["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task OnlyTheCoopAndTheAdministratorCanScrapeNow()
    {
        var coop = await app.CoopWithCareersPageAsync(_site);
        var other = await app.RegisterCoopAsync("Other Co-op", "https://other.example.coop");

        Assert.Equal(["FORBIDDEN"], (await app.ScrapeNowAsync(coop.Id, other.ApiKey)).Codes());
        Assert.Equal(["UNAUTHENTICATED"], (await app.ScrapeNowAsync(coop.Id, null)).Codes());
        Assert.Equal(0, _site.JobsRequests);
        Assert.Empty((await app.ScrapeNowAsync(coop.Id, RolesBoardApp.AdminKey)).Codes());
        Assert.Equal(1, _site.JobsRequests);
    }

    [Fact]
    public async Task AnUnverifiedCoopIsNotScraped()
    {
        var coop = await app.RegisterCoopAsync("Unverified", _site.Website, verify: false);

        Assert.Equal(["NOT_VERIFIED"], (await app.ScrapeNowAsync(coop.Id, RolesBoardApp.AdminKey)).Codes());
        Assert.Equal(0, _site.JobsRequests);
    }
}
