using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using RolesBoard.Api.Stats.Snapshots;

namespace RolesBoard.Tests.Stats;

/// <summary>The app with the snapshot scheduler on (hourly, no start-up pause), still on the fake clock.</summary>
public sealed class SchedulerApp : StatsApp
{
    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        base.ConfigureSettings(builder);
        builder.UseSetting("ROLESBOARD_STATS_INTERVAL", "01:00:00");
        builder.UseSetting("Stats:FirstRunDelay", "0");
    }
}

[CollectionDefinition(nameof(SchedulerCollection))]
public sealed class SchedulerCollection : ICollectionFixture<SchedulerApp>;

[Collection(nameof(SchedulerCollection))]
public sealed class SnapshotSchedulerTests(SchedulerApp app)
{
    [Fact]
    public async Task TheSchedulerWritesSnapshotsEveryIntervalOfTheInjectedClock()
    {
        // Let the run at start-up finish and the scheduler settle into its hourly wait before starting afresh.
        // Bounded generously: the backfill at start-up takes seconds on a loaded CI machine.
        for (var attempt = 0; attempt < 600 && !await AnySnapshotAsync(); attempt++)
        {
            await Task.Delay(100);
        }
        await Task.Delay(300);
        await app.ResetAsync();
        var coop = await app.CoopAsync("Outlandish", "GB", "CoTech");
        await app.RoleAsync(coop, "Backend developer");
        var today = app.Clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        // Nothing new is written until the clock moves on an hour.
        await Task.Delay(300);
        Assert.Equal(0, (await app.MovementStatsAsync(to: today))["openRoles"]!.GetValue<int>());

        app.Clock.Advance(TimeSpan.FromHours(1));
        var open = 0;
        // The run after the reset backfills again (no snapshot is left), which can take seconds under load; and on a
        // loaded machine the start-up run may still have been going when the clock moved, so the scheduler's hourly
        // wait began after it: move the clock on again every few seconds until the next run comes.
        for (var attempt = 1; attempt <= 600 && open == 0; attempt++)
        {
            await Task.Delay(100);
            if (attempt % 50 == 0)
            {
                app.Clock.Advance(TimeSpan.FromHours(1));
            }
            open = (await app.MovementStatsAsync(to: today))["openRoles"]!.GetValue<int>();
        }
        Assert.Equal(1, open);
    }

    private async Task<bool> AnySnapshotAsync()
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Query<StatsSnapshot>().AnyAsync();
    }
}
