using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RolesBoard.Api.Matching.Index;
using RolesBoard.Api.Roles;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Matching;

/// <summary>The board on a clock the test moves, so the index's ten-minute rebuild comes in seconds.</summary>
public sealed class MatchIndexClockApp : RolesBoardApp
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureSettings(IWebHostBuilder builder) => builder.UseFrozenClock(Clock);
}

public sealed class MatchIndexRebuildTests(MatchIndexClockApp app) : IClassFixture<MatchIndexClockApp>
{
    private MatchIndex Index => app.Services.GetRequiredService<MatchIndex>();

    [Fact]
    public async Task RowsDeletedBehindTheIndexDropOutAtTheTenMinuteRebuild()
    {
        var builtAt = app.Clock.GetUtcNow();
        var coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
        await app.PostRoleIdAsync(coop.ApiKey, new { title = "Elixir developer", description = "Phoenix and LiveView.", skills = new[] { "Elixir" } });
        Assert.Equal(1, Index.RoleCount);

        // Deleted as another replica's clean-up or an operator would: no commit of ours sees it, and the catch-up
        // reads only rows that changed, so the index keeps the role until it is rebuilt.
        await app.Services.GetRequiredService<IDocumentStore>().Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(Role));
        await StepClockUntilAsync(builtAt + TimeSpan.FromMinutes(9.5));
        Assert.Equal(1, Index.RoleCount);

        await StepClockUntilAsync(builtAt + TimeSpan.FromMinutes(11), until: () => Index.RoleCount == 0);
        Assert.Equal(0, Index.RoleCount);
    }

    /// <summary>
    /// Moves the clock on by the sync's poll interval at a time, with a moment of real time after each step for the
    /// sync to wake and read, up to <paramref name="end"/> or until <paramref name="until"/> holds.
    /// </summary>
    private async Task StepClockUntilAsync(DateTimeOffset end, Func<bool>? until = null)
    {
        while (app.Clock.GetUtcNow() < end && until?.Invoke() != true)
        {
            app.Clock.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(40);
        }
        for (var wait = 0; wait < 100 && until is not null && !until(); wait++)
        {
            await Task.Delay(100);
        }
    }
}
