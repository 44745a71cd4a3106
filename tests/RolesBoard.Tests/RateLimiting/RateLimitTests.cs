using System.Net;
using Microsoft.AspNetCore.Hosting;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.RateLimiting;

/// <summary>A host of its own with small limits, so the other tests never meet them.</summary>
public sealed class RateLimitedApp : RolesBoardApp
{
    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("ROLESBOARD_RATE_LIMIT_PER_ADDRESS", "8");
        builder.UseSetting("ROLESBOARD_RATE_LIMIT_PER_KEY", "3");
    }
}

public sealed class RateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    [Fact]
    public async Task AKeyOverItsLimitGets429WithRetryAfterAndIsCountedInMetrics()
    {
        using var measured = new HostMeasurements(app.Services);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 5; i++)
        {
            var response = await app.PostGraphQLAsync("{ __typename }", bearer: "rbk_rate-limit-test-key");
            statuses.Add(response.StatusCode);
            refused ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(int.Parse(refused!.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal(2, measured.Total("rolesboard.rate_limit.rejections"));
        Assert.NotNull(Metrics.Sample(await app.MetricsAsync(), "rolesboard_rate_limit_rejections_total"));

        // Another key is counted apart (until the address limit).
        Assert.Equal(HttpStatusCode.OK, (await app.PostGraphQLAsync("{ __typename }", bearer: "rbk_another-key")).StatusCode);
    }

    [Fact]
    public async Task HealthChecksAndMetricsAreNeverRateLimited()
    {
        using var client = app.CreateClient();
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/metrics")).StatusCode);
        }
    }
}
