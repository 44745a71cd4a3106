using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using RolesBoard.Api.Roles;
using RolesBoard.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RolesBoard.Tests.Storage;

/// <summary>An app over a cluster of its own, which the test stops and starts again.</summary>
public sealed class OutageApp : RolesBoardApp
{
    protected override bool OwnsCluster => true;
}

public sealed class DatabaseOutageTests(OutageApp app, ITestOutputHelper output) : IClassFixture<OutageApp>
{
    [Fact]
    public async Task EveryAcknowledgedPostIsStoredExactlyOnceAcrossAnOutage()
    {
        var coop = await app.RegisterCoopAsync("Steady", "https://steady.example.coop");
        var acknowledged = new ConcurrentDictionary<string, string>();
        var outageStatuses = new ConcurrentBag<HttpStatusCode>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(120));

        async Task WorkerAsync(int worker)
        {
            for (var n = 0; n < 12; n++)
            {
                var key = $"w{worker}-{n}";
                // A well-behaved client: retry with the same idempotency key until the post is acknowledged.
                while (!stop.IsCancellationRequested)
                {
                    using var response = await app.PostGraphQLAsync(
                        "mutation($input: PostRoleInput!) { postRole(input: $input) { role { id } errors { code } } }",
                        new { input = new { title = $"Role {key}", description = "Posted through an outage.", idempotencyKey = key } }, coop.ApiKey);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        outageStatuses.Add(response.StatusCode);
                        await Task.Delay(150);
                        continue;
                    }
                    var id = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]?["postRole"]?["role"]?["id"]?.GetValue<string>();
                    if (id is not null)
                    {
                        Assert.True(acknowledged.TryAdd(key, id) || acknowledged[key] == id);
                        break;
                    }
                    await Task.Delay(150);
                }
                await Task.Delay(60);
            }
        }

        var workers = Enumerable.Range(0, 4).Select(w => Task.Run(() => WorkerAsync(w))).ToList();
        await Task.Delay(400);
        await app.Cluster!.StopAsync();
        using (var client = app.CreateClient())
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
            using var query = await app.PostGraphQLAsync("{ roles { totalCount } }");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, query.StatusCode);
            Assert.True(query.Headers.Contains("Retry-After"));
            Assert.Contains("DATABASE_UNAVAILABLE", await query.Content.ReadAsStringAsync());
        }
        await Task.Delay(2500);
        await app.Cluster!.RestartAsync();
        await Task.WhenAll(workers);

        output.WriteLine($"acknowledged {acknowledged.Count} posts; {outageStatuses.Count} refused during the outage ({string.Join(", ", outageStatuses.Distinct())})");
        Assert.Equal(48, acknowledged.Count);
        Assert.All(outageStatuses, status => Assert.Equal(HttpStatusCode.ServiceUnavailable, status));
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var stored = await session.Query<Role>().ToListAsync();
        Assert.Equal(48, stored.Count);
        Assert.Equal(acknowledged.Values.Order(), stored.Select(r => r.Id.ToString()).Order());
        Assert.Equal(48, stored.Select(r => r.IdempotencyKey).Distinct().Count());
        using var ready = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await ready.GetAsync("/health/ready")).StatusCode);
    }
}
