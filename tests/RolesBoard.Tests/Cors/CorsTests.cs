using System.Net;
using System.Net.Http.Json;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Cors;

[Collection(nameof(BoardCollection))]
public sealed class CorsTests(RolesBoardApp app) : IAsyncLifetime
{
    private const string Site = "https://network.example";

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, Action<HttpRequestMessage>? configure = null)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Origin", Site);
        configure?.Invoke(request);
        return await client.SendAsync(request);
    }

    private static string? AllowOrigin(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;

    [Theory]
    [InlineData("/feed.rss")]
    [InlineData("/feed.atom")]
    [InlineData("/feed.json")]
    [InlineData("/roles")]
    [InlineData("/embed.js")]
    [InlineData("/embed")]
    public async Task PublicReadsAreOpenToAnyOriginWithoutCredentials(string url)
    {
        using var response = await SendAsync(HttpMethod.Get, url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", AllowOrigin(response));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task RoleJsonIsOpenToAnyOrigin()
    {
        var coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
        var id = await app.PostRoleIdAsync(coop.ApiKey, new { title = "Python developer", description = "Django." });
        using var response = await SendAsync(HttpMethod.Get, $"/roles/{id}.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", AllowOrigin(response));
        var role = await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>();
        Assert.Equal("Python developer", role!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task PublicGraphQLQueriesAreOpenToAnyOrigin()
    {
        using var response = await SendAsync(HttpMethod.Post, "/graphql", r => r.Content = JsonContent.Create(new { query = "{ roles { totalCount } }" }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", AllowOrigin(response));

        using var preflight = await SendAsync(HttpMethod.Options, "/graphql", r =>
        {
            r.Headers.Add("Access-Control-Request-Method", "POST");
            r.Headers.Add("Access-Control-Request-Headers", "content-type");
        });
        Assert.Equal("*", AllowOrigin(preflight));
        Assert.Contains("POST", preflight.Headers.GetValues("Access-Control-Allow-Methods").Single());
    }

    [Fact]
    public async Task CrossOriginRequestsWithABearerKeyFailTheirPreflight()
    {
        using var preflight = await SendAsync(HttpMethod.Options, "/graphql", r =>
        {
            r.Headers.Add("Access-Control-Request-Method", "POST");
            r.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        });
        // Without Authorization in Access-Control-Allow-Headers the browser never sends the mutation.
        var allowed = preflight.Headers.TryGetValues("Access-Control-Allow-Headers", out var headers) ? string.Join(",", headers) : "";
        Assert.DoesNotContain("authorization", allowed, StringComparison.OrdinalIgnoreCase);
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Credentials"));
    }
}
