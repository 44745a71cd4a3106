using System.Net.Http.Headers;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Security;

[Collection(nameof(BoardCollection))]
public sealed class SecurityHeadersTests(RolesBoardApp app) : IAsyncLifetime
{
    private string _roleId = "";

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        var coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
        _roleId = await app.PostRoleIdAsync(coop.ApiKey, new { title = "Developer", description = "<p>Code.</p>" });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(string Policy, HttpResponseMessage Response)> GetAsync(string url, string accept = "text/html")
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        var response = await client.SendAsync(request);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        return (policy, response);
    }

    private static string Directive(string policy, string name) =>
        policy.Split(';', StringSplitOptions.TrimEntries).SingleOrDefault(d => d.StartsWith(name + " ", StringComparison.Ordinal)) ?? "";

    [Theory]
    [InlineData("/roles/{id}")]
    [InlineData("/roles/00000000-0000-0000-0000-000000000001")]
    public async Task PagesWithoutFormsPostNowhereRunNoScriptAndCannotBeFramed(string url)
    {
        var (policy, response) = await GetAsync(url.Replace("{id}", _roleId));
        using (response)
        {
            Assert.Equal("form-action 'none'", Directive(policy, "form-action"));
            Assert.Equal("frame-ancestors 'none'", Directive(policy, "frame-ancestors"));
            Assert.Equal("", Directive(policy, "script-src"));
            Assert.DoesNotContain("unsafe-inline", policy);
        }
    }

    [Fact]
    public async Task TheSearchPageSubmitsOnlyToItself()
    {
        var (policy, response) = await GetAsync("/roles");
        response.Dispose();
        Assert.Equal("form-action 'self'", Directive(policy, "form-action"));
        Assert.Equal("frame-ancestors 'none'", Directive(policy, "frame-ancestors"));
    }

    [Fact]
    public async Task OnlyTheEmbedMayBeFramedElsewhere()
    {
        var (policy, response) = await GetAsync("/embed");
        response.Dispose();
        Assert.Equal("frame-ancestors *", Directive(policy, "frame-ancestors"));
        Assert.Equal("form-action 'none'", Directive(policy, "form-action"));
    }

    [Fact]
    public async Task TheIdeRunsItsOwnScriptsOnly()
    {
        var (policy, response) = await GetAsync("/graphql");
        response.Dispose();
        Assert.Equal("script-src 'self'", Directive(policy, "script-src"));
        Assert.Equal("frame-ancestors 'none'", Directive(policy, "frame-ancestors"));
    }
}
