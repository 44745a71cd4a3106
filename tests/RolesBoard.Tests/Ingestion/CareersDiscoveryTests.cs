using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Ingestion;

[Collection(nameof(IngestionCollection))]
public sealed class CareersDiscoveryTests(IngestionApp app) : CareersSiteTests
{
    protected override IngestionApp App => app;

    private const string CoopQuery = "query($slug: String!) { coop(slug: $slug) { careersUrls careersUrlsFoundBy } }";

    [Fact]
    public async Task AVerifiedCoopWithoutCareersUrlsHasThemDiscoveredFromItsWebsite()
    {
        var coop = await app.RegisterCoopAsync("Discovered Co-op", Site.Website);

        var payload = await app.ScrapeNowAsync(coop.Id, coop.ApiKey);

        var run = Assert.Single(payload["runs"]!.AsArray())!;
        Assert.Equal((Site.JobsUrl.AbsoluteUri, 2), (run.Text("sourceUrl"), run.Number("created")));
        var found = (await app.GraphQLAsync(CoopQuery, new { slug = coop.Slug }))["data"]!["coop"]!;
        Assert.Equal([Site.JobsUrl.AbsoluteUri], found["careersUrls"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.StartsWith("discovered: LabelledLink (link \"Jobs\")", found.Text("careersUrlsFoundBy"));
    }

    [Fact]
    public async Task CareersUrlsSetByTheCoopAreNeverOverwrittenByDiscovery()
    {
        // The website (same host, nothing listening) would discover nothing; the co-op's own URL is what counts.
        var coop = await app.CoopWithCareersPageAsync(Site, website: $"http://{Site.BaseUrl.Host}:9/");

        await app.ScrapeOnceAsync(coop);
        await app.ScrapeOnceAsync(coop);

        var found = (await app.GraphQLAsync(CoopQuery, new { slug = coop.Slug }))["data"]!["coop"]!;
        Assert.Equal([Site.JobsUrl.AbsoluteUri], found["careersUrls"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal("co-op", found.Text("careersUrlsFoundBy"));
    }

    [Fact]
    public async Task AWebsiteWithNoCareersPageRecordsAFailedRunThatSaysSo()
    {
        Site.HasCareersPage = false;
        var coop = await app.RegisterCoopAsync("Quiet Co-op", Site.Website);

        var run = Assert.Single((await app.ScrapeNowAsync(coop.Id, coop.ApiKey))["runs"]!.AsArray())!;

        Assert.Equal((Site.Website, "FAILED"), (run.Text("sourceUrl"), run.Text("outcome")));
        Assert.Contains("setCareersUrls", run.Text("error"));
        var found = (await app.GraphQLAsync(CoopQuery, new { slug = coop.Slug }))["data"]!["coop"]!;
        Assert.Empty(found["careersUrls"]!.AsArray());
    }
}
