using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Matching;

/// <summary>A host whose match index never builds (its sync never runs): the one answer until it is built is "not ready".</summary>
public sealed class NeverIndexingApp : RolesBoardApp
{
    protected override bool WaitsForMatchIndex => false;

    protected override void ConfigureSettings(IWebHostBuilder builder) => builder.ConfigureTestServices(services =>
    {
        foreach (var sync in services.Where(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType?.Name == "MatchIndexSync").ToList())
        {
            services.Remove(sync);
        }
    });
}

[CollectionDefinition(nameof(NeverIndexingCollection))]
public sealed class NeverIndexingCollection : ICollectionFixture<NeverIndexingApp>;

[Collection(nameof(NeverIndexingCollection))]
public sealed class MatchIndexNotReadyTests(NeverIndexingApp app)
{
    [Fact]
    public async Task MatchesAndCandidatesAnswer503WithRetryAfterUntilTheIndexIsBuilt()
    {
        await app.ResetAsync();
        var coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
        var role = await app.PostRoleIdAsync(coop.ApiKey, new { title = "Django developer", description = "Django.", skills = new[] { "Django" } });
        var seeker = await app.CreateProfileKeyAsync(Seekers.Ana());

        using var matches = await app.PostGraphQLAsync("query($id: ID!) { matches(profileId: $id) { score } }", new { id = seeker.Id }, seeker.Token);
        using var candidates = await app.PostGraphQLAsync("query($id: ID!) { candidates(roleId: $id) { score } }", new { id = role }, coop.ApiKey);
        foreach (var response in new[] { matches, candidates })
        {
            Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.NotNull(response.Headers.RetryAfter);
            Assert.Contains("MATCH_INDEX_NOT_READY", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using var client = app.CreateClient();
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }
}
