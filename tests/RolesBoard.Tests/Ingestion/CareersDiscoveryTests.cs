using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Ingestion;

[Collection(nameof(IngestionCollection))]
public sealed class CareersDiscoveryTests(IngestionApp app) : IAsyncLifetime
{
    private const string CoopQuery = "query($slug: String!) { coop(slug: $slug) { careersUrls careersUrlsFoundBy } }";
    private CareersSite _site = null!;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _site = await CareersSite.StartAsync("Backend Developer", "Designer");
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task AVerifiedCoopWithoutCareersUrlsHasThemDiscoveredFromItsWebsite()
    {
        var coop = await app.RegisterCoopAsync("Discovered Co-op", _site.Website);

        var payload = await app.ScrapeNowAsync(coop.Id, coop.ApiKey);

        var run = Assert.Single(payload["runs"]!.AsArray())!;
        Assert.Equal((_site.JobsUrl.AbsoluteUri, 2), (run.Text("sourceUrl"), run.Number("created")));
        var found = (await app.GraphQLAsync(CoopQuery, new { slug = coop.Slug }))["data"]!["coop"]!;
        Assert.Equal([_site.JobsUrl.AbsoluteUri], found["careersUrls"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.StartsWith("discovered: LabelledLink (link \"Jobs\")", found.Text("careersUrlsFoundBy"));
    }

    [Fact]
    public async Task CareersUrlsSetByTheCoopAreNeverOverwrittenByDiscovery()
    {
        // The website (same host, nothing listening) would discover nothing; the co-op's own URL is what counts.
        var coop = await app.CoopWithCareersPageAsync(_site, website: $"http://{_site.BaseUrl.Host}:9/");

        await app.ScrapeOnceAsync(coop);
        await app.ScrapeOnceAsync(coop);

        var found = (await app.GraphQLAsync(CoopQuery, new { slug = coop.Slug }))["data"]!["coop"]!;
        Assert.Equal([_site.JobsUrl.AbsoluteUri], found["careersUrls"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal("co-op", found.Text("careersUrlsFoundBy"));
    }

    [Fact]
    public async Task AWebsiteWithNoCareersPageRecordsAFailedRunThatSaysSo()
    {
        _site.HasCareersPage = false;
        var coop = await app.RegisterCoopAsync("Quiet Co-op", _site.Website);

        var run = Assert.Single((await app.ScrapeNowAsync(coop.Id, coop.ApiKey))["runs"]!.AsArray())!;

        Assert.Equal((_site.Website, "FAILED"), (run.Text("sourceUrl"), run.Text("outcome")));
        Assert.Contains("setCareersUrls", run.Text("error"));
        var found = (await app.GraphQLAsync(CoopQuery, new { slug = coop.Slug }))["data"]!["coop"]!;
        Assert.Empty(found["careersUrls"]!.AsArray());
    }
}
