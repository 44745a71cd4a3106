namespace RolesBoard.Tests.Ingestion;

[Collection(nameof(IngestionCollection))]
public sealed class RefreshingRolesTests(IngestionApp app) : CareersSiteTests
{
    protected override IngestionApp App => app;

    [Fact]
    public async Task ARoleReadExactlyAsBeforeOnlyHasItsLastSeenTimeMoved()
    {
        var coop = await app.CoopWithCareersPageAsync(Site);
        await app.ScrapeOnceAsync(coop);
        var before = (await app.RolesOfAsync(coop.Id)).ToDictionary(r => r.Title);

        var again = await app.ScrapeOnceAsync(coop);
        Assert.Equal((2, 0, 0), (again.Number("found"), again.Number("created"), again.Number("updated")));
        foreach (var role in await app.RolesOfAsync(coop.Id))
        {
            Assert.True(role.LastSeenAt > before[role.Title].LastSeenAt);
            Assert.Equal(before[role.Title].UpdatedAt, role.UpdatedAt);
            Assert.Equal(before[role.Title].DescriptionHtml, role.DescriptionHtml);
        }
    }

    [Fact]
    public async Task ARoleThatChangedIsRewrittenWhole()
    {
        var coop = await app.CoopWithCareersPageAsync(Site);
        await app.ScrapeOnceAsync(coop);
        Site.Terms = "https://creativecommons.org/licenses/by/4.0/";

        var again = await app.ScrapeOnceAsync(coop);
        Assert.Equal(2, again.Number("updated"));
        Assert.All(await app.RolesOfAsync(coop.Id), r => Assert.Equal("https://creativecommons.org/licenses/by/4.0/", r.SourceTerms));
    }
}
