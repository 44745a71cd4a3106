using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using RolesBoard.Api.ReverseProxy;
using RolesBoard.Api.Storage;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.ReverseProxy;

/// <summary>
/// The board behind a proxy at 10.0.0.5, with a small per-address limit. The in-process test server has no TCP peer,
/// so a start-up filter (ahead of the app's own pipeline) takes the peer's address from X-Test-Peer.
/// </summary>
public sealed class ProxiedApp : RolesBoardApp
{
    public const string Proxy = "10.0.0.5";

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("ROLESBOARD_KNOWN_PROXIES", $"{Proxy}, 192.0.2.0/24");
        builder.UseSetting("ROLESBOARD_RATE_LIMIT_PER_ADDRESS", "3");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, PeerFromTestHeader>());
    }

    private sealed class PeerFromTestHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                http.Connection.RemoteIpAddress = IPAddress.Parse(http.Request.Headers["X-Test-Peer"].ToString());
                return nextMiddleware(http);
            });
            next(app);
        };
    }
}

public sealed class ForwardedHeadersTests(ProxiedApp app) : IClassFixture<ProxiedApp>
{
    [Fact]
    public async Task RateLimitsCountEachClientBehindAKnownProxy()
    {
        var first = await StatusesAsync(peer: ProxiedApp.Proxy, forwardedFor: "203.0.113.1", count: 4);
        var second = await StatusesAsync(peer: ProxiedApp.Proxy, forwardedFor: "203.0.113.2", count: 1);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal([HttpStatusCode.OK], second);
    }

    [Fact]
    public async Task ForwardedForFromAnUnknownPeerIsIgnored()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.AddRange(await StatusesAsync(peer: "198.51.100.9", forwardedFor: $"203.0.113.{100 + i}", count: 1));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task LinksUseThePublicOriginTheProxyForwards()
    {
        var behindProxy = await FeedAsync(peer: "192.0.2.44", host: "jobs.example.coop");
        var forged = await FeedAsync(peer: "198.51.100.10", host: "evil.example");

        Assert.Equal("https://jobs.example.coop/feed.json", behindProxy["feed_url"]!.GetValue<string>());
        Assert.Equal("http://localhost/feed.json", forged["feed_url"]!.GetValue<string>());
    }

    [Fact]
    public void ABadKnownProxyStopsStartUpWithOneLineSayingWhatToSet()
    {
        Assert.Equal(["10.0.0.5/32", "172.18.0.0/16", "::1/128"], KnownProxies.Parse(" 10.0.0.5,172.18.0.0/16 , ::1").Select(n => n.ToString()));
        var error = Assert.Throws<StartupException>(() => KnownProxies.Parse("10.0.0.5, proxy.internal"));
        Assert.Contains("ROLESBOARD_KNOWN_PROXIES: 'proxy.internal'", error.Message);
    }

    private async Task<List<HttpStatusCode>> StatusesAsync(string peer, string forwardedFor, int count)
    {
        using var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
            request.Headers.Add("X-Test-Peer", peer);
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }
        return statuses;
    }

    private async Task<JsonNode> FeedAsync(string peer, string host)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feed.json");
        request.Headers.Add("X-Test-Peer", peer);
        request.Headers.Add("X-Forwarded-For", "203.0.113.50");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", host);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
