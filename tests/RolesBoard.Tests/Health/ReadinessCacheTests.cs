using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Time.Testing;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Health;

/// <summary>A host over a cluster of its own (the test stops it) with a clock the test moves.</summary>
public sealed class ReadinessApp : RolesBoardApp
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override bool OwnsCluster => true;

    protected override void ConfigureSettings(IWebHostBuilder builder) =>
        builder.UseFrozenClock(Clock);
}

public sealed class ReadinessCacheTests(ReadinessApp app) : IClassFixture<ReadinessApp>
{
    [Fact]
    public async Task ReadinessAsksTheDatabaseAtMostOnceASecond()
    {
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        await app.Cluster!.StopAsync();
        try
        {
            // Within the second the answer comes from memory: the stopped database was not asked.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
            app.Clock.Advance(TimeSpan.FromSeconds(1.1));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        }
        finally
        {
            await app.Cluster.RestartAsync();
        }
    }
}
