using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RolesBoard.Api.Ingestion;
using RolesBoard.Scrapers.Scraping;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Ingestion;

/// <summary>The ingestion app with its scheduler on (hourly) and a clock the test moves.</summary>
public sealed class ScheduledIngestionApp : IngestionApp
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        base.ConfigureSettings(builder);
        builder.UseSetting("ROLESBOARD_SCRAPE_INTERVAL", "01:00:00");
        builder.UseFrozenClock(Clock);
    }
}

public sealed class ScrapeSchedulerTests(ScheduledIngestionApp app) : IClassFixture<ScheduledIngestionApp>
{
    [Fact]
    public async Task TheSchedulerScrapesAVerifiedCoopAtOnceAndAgainWhenItIsNextDue()
    {
        await using var site = await CareersSite.StartAsync("Backend Developer");
        var coop = await app.CoopWithCareersPageAsync(site);

        var (runs, state) = await RunsAfterMovingTheClockAsync(coop.Id, count: 1);
        var first = Assert.Single(runs);
        var nextDue = state!.NextRunAt!.Value;
        Assert.Equal(("schedule", ScrapeOutcome.Succeeded), (first.Trigger, first.Outcome));
        Assert.InRange(nextDue - state.LastRunAt!.Value, TimeSpan.FromMinutes(54), TimeSpan.FromMinutes(66)); // the interval ±10 %

        // Nothing is due for the next hour: jump to two minutes before the due time (one wake-up, no run), then step.
        app.Clock.Advance(nextDue - app.Clock.GetUtcNow() - TimeSpan.FromMinutes(2));
        (runs, _) = await RunsAfterMovingTheClockAsync(coop.Id, count: 2);
        Assert.Equal("schedule", runs[1].Trigger);
        Assert.Equal(2, runs.Count);
        Assert.True(runs[1].StartedAt >= nextDue, $"ran at {runs[1].StartedAt:O}, due at {nextDue:O}");
    }

    /// <summary>
    /// Moves the clock on a minute at a time (the scheduler's longest sleep), giving the scheduler a moment of real
    /// time after each step to wake and scrape, until the co-op has <paramref name="count"/> runs and the next due
    /// time that the last one set (or ten minutes passed).
    /// </summary>
    private async Task<(IReadOnlyList<ScrapeRun> Runs, CoopScrapeState? State)> RunsAfterMovingTheClockAsync(string coopId, int count)
    {
        var (runs, state) = await ScheduleAsync(coopId);
        for (var minute = 0; minute < 10 && !Settled(); minute++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(1));
            for (var wait = 0; wait < 20 && !Settled(); wait++)
            {
                await Task.Delay(25);
                (runs, state) = await ScheduleAsync(coopId);
            }
        }
        return (runs, state);

        bool Settled() => runs.Count >= count && state?.NextRunAt > runs[^1].StartedAt;
    }

    private async Task<(IReadOnlyList<ScrapeRun> Runs, CoopScrapeState? State)> ScheduleAsync(string coopId)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var id = Guid.Parse(coopId);
        var runs = await session.Query<ScrapeRun>().Where(r => r.CoopId == id).OrderBy(r => r.StartedAt).ToListAsync();
        return (runs, await session.LoadAsync<CoopScrapeState>(id));
    }
}
