namespace RolesBoard.Tests.Ingestion;

[Collection(nameof(IngestionCollection))]
public sealed class RefreshingRolesTests(IngestionApp app) : IAsyncLifetime
{
    private CareersSite _site = null!;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _site = await CareersSite.StartAsync("Backend Developer", "Designer");
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task ARoleReadExactlyAsBeforeOnlyHasItsLastSeenTimeMoved()
    {
        var coop = await app.CoopWithCareersPageAsync(_site);
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
        var coop = await app.CoopWithCareersPageAsync(_site);
        await app.ScrapeOnceAsync(coop);
        _site.Terms = "https://creativecommons.org/licenses/by/4.0/";

        var again = await app.ScrapeOnceAsync(coop);
        Assert.Equal(2, again.Number("updated"));
        Assert.All(await app.RolesOfAsync(coop.Id), r => Assert.Equal("https://creativecommons.org/licenses/by/4.0/", r.SourceTerms));
    }
}
