using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Coops;

[Collection(nameof(BoardCollection))]
public sealed class CareersHostsTests(RolesBoardApp app) : IAsyncLifetime
{
    private Board.CoopKey _coop = null!;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<string[]> SetAsync(string key, params string[] urls)
    {
        var body = await app.GraphQLAsync("mutation($id: ID!, $urls: [String!]!) { setCareersUrls(id: $id, urls: $urls) { errors { code } } }",
            new { id = _coop.Id, urls }, key);
        return body["data"]!["setCareersUrls"]!.Codes();
    }

    [Fact]
    public async Task ACoopPointsTheScrapersOnlyAtItsOwnDomainOrAKnownAtsBoard()
    {
        Assert.Empty(await SetAsync(_coop.ApiKey, "https://outlandish.com/jobs", "https://jobs.outlandish.com/", "https://boards.greenhouse.io/outlandish"));
        Assert.Equal(["UNRELATED_HOST"], await SetAsync(_coop.ApiKey, "https://outlandish.com/jobs", "https://another-org.example/careers"));
        Assert.Equal(["UNRELATED_HOST"], await SetAsync(_coop.ApiKey, "https://notoutlandish.com/jobs"));
    }

    [Fact]
    public async Task TheAdministratorMaySetAnyHost()
    {
        Assert.Empty(await SetAsync(RolesBoardApp.AdminKey, "https://another-org.example/careers"));
    }
}
