using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace RolesBoard.Tests.Infrastructure;

/// <summary>A host on a frozen clock, over a cluster of its own that a test can restart.</summary>
public class FrozenClockApp : RolesBoardApp
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override bool OwnsCluster => true;

    protected override void ConfigureSettings(IWebHostBuilder builder) => builder.UseFrozenClock(Clock);
}

/// <summary>The same host given the frozen clock directly, as the hosts that hung the test run were.</summary>
public sealed class QuartzOnAFrozenClockApp : FrozenClockApp
{
    protected override void ConfigureSettings(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
}

/// <summary>Every test host stops when disposed, so the test process can exit when the tests are done.</summary>
public sealed class FrozenClockTests
{
    [Fact]
    public async Task AHostOnAFrozenClockStopsPromptlyAfterItsDatabaseWasRestarted()
    {
        var app = new FrozenClockApp();
        await ((IAsyncLifetime)app).InitializeAsync();
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            await app.Cluster!.StopAsync();
            await Task.Delay(TimeSpan.FromSeconds(2));
            await app.Cluster.RestartAsync();

            var stopping = app.DisposeAsync().AsTask();
            Assert.Same(stopping, await Task.WhenAny(stopping, Task.Delay(TimeSpan.FromSeconds(60))));
        }
        finally
        {
            await app.Cluster!.DisposeAsync();
        }
    }

    [Fact]
    public async Task AHostThatPutsQuartzOnAFrozenClockIsRefusedAtStart()
    {
        var app = new QuartzOnAFrozenClockApp();
        try
        {
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ((IAsyncLifetime)app).InitializeAsync());
            Assert.Contains(nameof(FrozenClock.UseFrozenClock), refused.Message, StringComparison.Ordinal);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }
}
