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
        using var measured = new HostMeasurements(app.Services);

        await app.ScrapeOnceAsync(coop);

        Assert.Equal(1, measured.Total("rolesboard.scrape.runs", "outcome=succeeded"));
        Assert.Equal(0, measured.Total("rolesboard.scrape.runs", "outcome=failed"));
        Assert.Equal(2, measured.Total("rolesboard.scrape.roles_found"));
        var exported = await app.MetricsAsync();
        Assert.NotNull(Metrics.Sample(exported, "rolesboard_scrape_runs_total", "outcome=\"succeeded\""));
        Assert.NotNull(Metrics.Sample(exported, "rolesboard_scrape_roles_found_total"));
    }
}
