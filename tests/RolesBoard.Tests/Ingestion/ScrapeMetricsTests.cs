using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Ingestion;

[Collection(nameof(IngestionCollection))]
public sealed class ScrapeMetricsTests(IngestionApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task MetricsCountScrapeRunsByOutcomeAndTheRolesTheyFound()
    {
        await using var site = await CareersSite.StartAsync("Backend Developer", "Designer");
        var coop = await app.CoopWithCareersPageAsync(site);
        var before = await app.MetricsAsync();

        await app.ScrapeOnceAsync(coop);

        var after = await app.MetricsAsync();
        Assert.Equal(1, Delta(before, after, "rolesboard_scrape_runs_total", "outcome=\"succeeded\""));
        Assert.Equal(0, Delta(before, after, "rolesboard_scrape_runs_total", "outcome=\"failed\""));
        Assert.Equal(2, Delta(before, after, "rolesboard_scrape_roles_found_total"));
    }

    private static double Delta(string before, string after, string name, params string[] labels) =>
        (Metrics.Sample(after, name, labels) ?? 0) - (Metrics.Sample(before, name, labels) ?? 0);
}
