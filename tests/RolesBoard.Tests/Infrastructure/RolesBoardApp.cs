using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using RolesBoard.Api.Matching.Index;
using RolesBoard.Api.Storage;

namespace RolesBoard.Tests.Infrastructure;

/// <summary>
/// The real app over real PostgreSQL, in-process: one host per test collection, data reset before each test.
/// </summary>
public class RolesBoardApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminKey = "test-admin-key-0123456789abcdef";

    /// <summary>This host's own PostgreSQL schema, and the database it is in.</summary>
    public string Schema { get; } = "t" + Guid.NewGuid().ToString("N")[..16];

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        ConnectionString = await ConnectionStringAsync();
        _ = Services; // start the host now, so the schema exists before the first test
        FrozenClock.RequireQuartzOnRealTime(Services);
        if (WaitsForMatchIndex)
        {
            await MatchIndexBuiltAsync();
        }
    }

    /// <summary>Matching (and readiness) answer 503 until the index is built, seconds on an empty schema: tests start once it is.</summary>
    public async Task MatchIndexBuiltAsync()
    {
        var index = Services.GetRequiredService<MatchIndex>();
        for (var waited = 0; !index.IsReady && waited < 300; waited++)
        {
            await Task.Delay(100);
        }
    }

    /// <summary>Hosts that keep the match index from building say so, and start at once.</summary>
    protected virtual bool WaitsForMatchIndex => true;

    /// <summary>A cluster of this host's own, for tests that stop and restart the database; null on the shared one.</summary>
    public EmbeddedPostgres? Cluster { get; private set; }

    /// <summary>Hosts whose tests stop the database set this, so the other collections' shared cluster stays up.</summary>
    protected virtual bool OwnsCluster => false;

    private async Task<string> ConnectionStringAsync()
    {
        if (!OwnsCluster)
        {
            return await TestDatabase.ConnectionStringAsync();
        }
        Cluster = await EmbeddedPostgres.StartTemporaryAsync();
        return Cluster.ConnectionString;
    }

    /// <summary>
    /// Stops the host here, awaited, rather than leaving it to xunit's synchronous Dispose (which blocks a runner
    /// thread on the same work); then the cluster, if this host has one.
    /// </summary>
    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ROLESBOARD_DB", ConnectionString);
        builder.UseSetting("ROLESBOARD_DB_SCHEMA", Schema);
        builder.UseSetting("ROLESBOARD_ADMIN_KEY", AdminKey);
        builder.UseSetting("ROLESBOARD_SCRAPE_INTERVAL", "0");
        builder.UseSetting("ROLESBOARD_STATS_INTERVAL", "0");
        builder.UseSetting("ROLESBOARD_RATE_LIMIT_PER_ADDRESS", "1000000");
        builder.UseSetting("ROLESBOARD_RATE_LIMIT_PER_KEY", "1000000");
        builder.UseSetting("ROLESBOARD_PROFILES_PER_ADDRESS_PER_HOUR", "1000000");
        // Without an SMTP server mail becomes .eml files: keep them out of the working tree.
        builder.UseSetting("ROLESBOARD_MAIL_DIR", Path.Combine(Path.GetTempPath(), "rolesboard-mail", Schema));
        ConfigureSettings(builder);
    }

    /// <summary>Subclasses add or override settings for their collection.</summary>
    protected virtual void ConfigureSettings(IWebHostBuilder builder)
    {
    }

    /// <summary>Deletes every document and empties the match index with them, so no test sees another's roles.</summary>
    public async Task ResetAsync()
    {
        var store = Services.GetRequiredService<IDocumentStore>();
        await store.Advanced.Clean.DeleteAllDocumentsAsync();
        Services.GetRequiredService<MatchIndex>().Clear();
    }

    /// <summary>POSTs a GraphQL request and returns the parsed response body; fails on a non-success status.</summary>
    public async Task<JsonNode> GraphQLAsync(string query, object? variables = null, string? bearer = null)
    {
        using var response = await PostGraphQLAsync(query, variables, bearer);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    public async Task<HttpResponseMessage> PostGraphQLAsync(string query, object? variables = null, string? bearer = null)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }, options: JsonOptions),
        };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        return await client.SendAsync(request);
    }

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
