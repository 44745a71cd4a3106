using System.Net;
using System.Text.RegularExpressions;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Ide;

[Collection(nameof(BoardCollection))]
public sealed partial class GraphQLIdeTests(RolesBoardApp app)
{
    [Fact]
    public async Task ABrowserOpeningGraphQLGetsTheIdeWithItsAssetsServedLocally()
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Add("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("RolesBoard GraphQL IDE", html);

        // No CDN: every src and href of the page, and every url() and import in what it loads, stays on this origin.
        var assets = LinkPattern().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        Assert.Contains(assets, a => a.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.EndsWith(".css", StringComparison.Ordinal));
        Assert.All(assets, a => Assert.StartsWith("/ide/", a));
        foreach (var asset in assets)
        {
            using var file = await client.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Contains("immutable", file.Headers.CacheControl!.ToString());
            Assert.DoesNotMatch(RemoteLoadPattern(), await file.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task GraphQLClientsStillGetGraphQL()
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.Add("Accept", "text/html, application/json");
        using var response = await client.SendAsync(request);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("\"Query\"", await response.Content.ReadAsStringAsync());

        using var missing = await client.GetAsync("/ide/nothing-here.js");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [GeneratedRegex("""\b(?:src|href)=["']?(?<url>[^"'\s>]+)""")]
    private static partial Regex LinkPattern();

    /// <summary>What would make a browser fetch from elsewhere: CSS url()/@import and JS imports of absolute or protocol-relative URLs.</summary>
    [GeneratedRegex("""(?:url\(\s*["']?|@import\s+["']|import\(\s*["']|\bfrom\s*["'])(?:https?:)?//""")]
    private static partial Regex RemoteLoadPattern();
}
