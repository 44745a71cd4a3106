using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Profiles;

[Collection(nameof(BoardCollection))]
public sealed class ProfileTokenTests(RolesBoardApp app) : IAsyncLifetime
{
    private Seekers.SeekerKey _seeker = null!;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _seeker = await app.CreateProfileKeyAsync(Seekers.Ana());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AMissingTokenIsUnauthenticated()
    {
        Assert.Equal(["UNAUTHENTICATED"], (await UpdateAsync(null)).Codes());
        Assert.Equal(["UNAUTHENTICATED"], (await DeleteAsync(null)).Codes());
        Assert.Equal("UNAUTHENTICATED", (await app.MatchesAsync(_seeker.Id, null)).ErrorCode());
        Assert.Equal("UNAUTHENTICATED", (await ExportAsync(null)).ErrorCode());
    }

    [Fact]
    public async Task AnotherProfilesTokenCannotTellTheProfileExists()
    {
        var other = await app.CreateProfileKeyAsync(Seekers.Ana(i => i["email"] = "other@example.org"));
        Assert.Equal(["NOT_FOUND"], (await UpdateAsync(other.Token)).Codes());
        Assert.Equal(["NOT_FOUND"], (await DeleteAsync("rbp_made-up")).Codes());
        Assert.Equal("NOT_FOUND", (await app.MatchesAsync(_seeker.Id, other.Token)).ErrorCode());
        Assert.Equal("NOT_FOUND", (await ExportAsync(other.Token)).ErrorCode());
        var profile = await app.GraphQLAsync("query($id: ID!) { profile(id: $id) { id } }", new { id = _seeker.Id }, other.Token);
        var unknown = await app.GraphQLAsync("query($id: ID!) { profile(id: $id) { id } }", new { id = Guid.NewGuid() }, other.Token);
        Assert.Equal("NOT_FOUND", profile.ErrorCode());
        Assert.Equal(unknown["errors"]![0]!["message"]!.GetValue<string>(), profile["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnUpdateRacingAnErasureNeverBringsTheProfileBack()
    {
        for (var round = 0; round < 10; round++)
        {
            var seeker = await app.CreateProfileKeyAsync(Seekers.Ana(i => i["email"] = $"racer{round}@example.org"));
            var updates = Enumerable.Range(0, 6).Select(_ => app.GraphQLAsync(
                "mutation($id: ID!, $input: ProfileInput!) { updateProfile(id: $id, input: $input) { errors { code } } }",
                new { id = seeker.Id, input = Seekers.Ana(i => i["headline"] = "Changed") }, seeker.Token));
            var erasure = app.GraphQLAsync("mutation($id: ID!) { deleteProfile(id: $id) { errors { code } } }", new { id = seeker.Id }, seeker.Token);
            await Task.WhenAll([.. updates, erasure]);
            Assert.Empty((await erasure)["data"]!["deleteProfile"]!.Codes());

            var after = await app.GraphQLAsync("query($id: ID!) { profile(id: $id) { id } }", new { id = seeker.Id }, seeker.Token);
            Assert.Equal("NOT_FOUND", after.ErrorCode());
        }
    }

    [Fact]
    public async Task ADeletedProfileIsNotFound()
    {
        Assert.Empty((await DeleteAsync(_seeker.Token)).Codes());
        Assert.Equal(["NOT_FOUND"], (await UpdateAsync(_seeker.Token)).Codes());
        Assert.Equal(["NOT_FOUND"], (await DeleteAsync(_seeker.Token)).Codes());
        Assert.Equal("NOT_FOUND", (await app.MatchesAsync(_seeker.Id, _seeker.Token)).ErrorCode());
        Assert.Equal("NOT_FOUND", (await ExportAsync(_seeker.Token)).ErrorCode());
    }

    [Fact]
    public async Task AnUnknownOrMalformedIdIsNotFound()
    {
        var body = await app.GraphQLAsync("mutation { deleteProfile(id: \"nope\") { errors { code } } }", null, _seeker.Token);
        Assert.Equal(["NOT_FOUND"], body["data"]!["deleteProfile"]!.Codes());
        Assert.Equal("NOT_FOUND", (await app.MatchesAsync(Guid.NewGuid().ToString(), _seeker.Token)).ErrorCode());
    }

    private async Task<System.Text.Json.Nodes.JsonNode> UpdateAsync(string? token)
    {
        var body = await app.GraphQLAsync("mutation($id: ID!, $input: ProfileInput!) { updateProfile(id: $id, input: $input) { profile { id } errors { code } } }",
            new { id = _seeker.Id, input = Seekers.Ana() }, token);
        return body["data"]!["updateProfile"]!;
    }

    private async Task<System.Text.Json.Nodes.JsonNode> DeleteAsync(string? token)
    {
        var body = await app.GraphQLAsync("mutation($id: ID!) { deleteProfile(id: $id) { deletedProfile { id } errors { code } } }", new { id = _seeker.Id }, token);
        return body["data"]!["deleteProfile"]!;
    }

    private Task<System.Text.Json.Nodes.JsonNode> ExportAsync(string? token) =>
        app.GraphQLAsync("query($id: ID!) { exportProfile(id: $id) { json } }", new { id = _seeker.Id }, token);
}
