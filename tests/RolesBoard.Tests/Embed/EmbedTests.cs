using System.Net;
using AngleSharp;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Embed;

[Collection(nameof(BoardCollection))]
public sealed class EmbedTests(RolesBoardApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheScriptIsSmallCacheableJavaScript()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/embed.js");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        var script = await response.Content.ReadAsByteArrayAsync();
        Assert.InRange(script.Length, 500, 5 * 1024);
        Assert.Contains("attachShadow", System.Text.Encoding.UTF8.GetString(script));
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task TheIframePageListsMatchingRolesAndMayBeFramed()
    {
        var coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
        await app.PostRoleIdAsync(coop.ApiKey, new { title = "Python developer", description = "Django.", skills = new[] { "Python" } });
        await app.PostRoleIdAsync(coop.ApiKey, new { title = "Rust developer", description = "Tokio.", skills = new[] { "Rust" } });

        using var client = app.CreateClient();
        using var response = await client.GetAsync("/embed?skill=python");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.Contains("frame-ancestors *", response.Headers.GetValues("Content-Security-Policy").Single());
        var page = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(response.Content.ReadAsStream()));
        var links = page.QuerySelectorAll("ul.roles li a").ToList();
        Assert.Equal(["Python developer"], links.Select(a => a.TextContent));
        Assert.Equal("_blank", links[0].GetAttribute("target"));
        Assert.Empty(page.QuerySelectorAll("script"));

        using var bad = await client.GetAsync("/embed?remote=moon");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
