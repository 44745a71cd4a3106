using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.RateLimiting;

/// <summary>A host of its own with small limits, so the other tests never meet them.</summary>
public sealed class RateLimitedApp : RolesBoardApp
{
    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("ROLESBOARD_RATE_LIMIT_PER_ADDRESS", "8");
        builder.UseSetting("ROLESBOARD_RATE_LIMIT_PER_KEY", "3");
        builder.UseSetting("ROLESBOARD_PROFILES_PER_ADDRESS_PER_HOUR", "2");
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

    /// <summary>POSTs a GraphQL request as if from <paramref name="address"/> (the test server lets the test set it).</summary>
    private async Task<HttpStatusCode> PostFromAsync(string address, string query, object? variables = null)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { query, variables }, RolesBoardApp.JsonOptions);
        var context = await app.Server.SendAsync(http =>
        {
            http.Connection.RemoteIpAddress = IPAddress.Parse(address);
            http.Request.Method = HttpMethods.Post;
            http.Request.Path = "/graphql";
            http.Request.ContentType = "application/json";
            http.Request.Body = new MemoryStream(body);
        });
        return (HttpStatusCode)context.Response.StatusCode;
    }

    [Fact]
    public async Task IPv6ClientsAreCountedByTheirSlash64()
    {
        // Eight addresses of one /64 share its eight requests a minute; the next /64 is another client.
        for (var i = 1; i <= 8; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await PostFromAsync($"2001:db8:64:1::{i:x}", "{ __typename }"));
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostFromAsync("2001:db8:64:1:ffff::9", "{ __typename }"));
        Assert.Equal(HttpStatusCode.OK, await PostFromAsync("2001:db8:64:2::1", "{ __typename }"));
    }

    [Fact]
    public async Task EachMutationInARequestCountsAgainstTheLimit()
    {
        // One request, nine mutations: over the eight a minute this address may make.
        static string Aliased(int count) => "mutation { "
            + string.Join(' ', Enumerable.Range(0, count).Select(i => $"m{i}: closeRole(id: \"{Guid.NewGuid()}\") {{ errors {{ code }} }}")) + " }";
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostFromAsync("198.51.100.7", Aliased(9)));
        Assert.Equal(HttpStatusCode.OK, await PostFromAsync("198.51.100.8", Aliased(3)));
    }

    [Fact]
    public async Task ProfileCreationIsCappedPerAddressPerHour()
    {
        const string create = "mutation($input: ProfileInput!) { createProfile(input: $input) { profile { id } errors { code } } }";
        Assert.Equal(HttpStatusCode.OK, await PostFromAsync("203.0.113.5", create, new { input = Seekers.Ana() }));
        Assert.Equal(HttpStatusCode.OK, await PostFromAsync("203.0.113.5", create, new { input = Seekers.Ana() }));
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostFromAsync("203.0.113.5", create, new { input = Seekers.Ana() }));
        Assert.Equal(HttpStatusCode.OK, await PostFromAsync("203.0.113.6", create, new { input = Seekers.Ana() }));
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
