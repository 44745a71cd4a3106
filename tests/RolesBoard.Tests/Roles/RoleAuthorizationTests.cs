using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Roles;

[Collection(nameof(BoardCollection))]
public sealed class RoleAuthorizationTests(RolesBoardApp app) : IAsyncLifetime
{
    private static readonly object Input = new { title = "Developer", description = "Write code." };

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AnAnonymousPostIsRefused()
    {
        var body = await app.GraphQLAsync("mutation($input: PostRoleInput!) { postRole(input: $input) { role { id } errors { code } } }", new { input = Input });
        Assert.Equal(["UNAUTHENTICATED"], body["data"]!["postRole"]!.Codes());
    }

    [Fact]
    public async Task AnUnknownKeyIsRefused()
    {
        var payload = await app.PostRoleAsync("rbk_not-a-real-key", Input);
        Assert.Equal(["FORBIDDEN"], payload.Codes());
    }

    [Fact]
    public async Task AnUnverifiedCoopCannotPost()
    {
        var coop = await app.RegisterCoopAsync("New Co-op", "https://new.example.coop", verify: false);
        var payload = await app.PostRoleAsync(coop.ApiKey, Input);
        Assert.Equal(["FORBIDDEN"], payload.Codes());
        Assert.Contains("verified", payload["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task ACoopCannotEditOrCloseAnotherCoopsRole()
    {
        var owner = await app.RegisterCoopAsync("Owner", "https://owner.example.coop");
        var other = await app.RegisterCoopAsync("Other", "https://other.example.coop");
        var id = await app.PostRoleIdAsync(owner.ApiKey, Input);

        var update = await app.GraphQLAsync("mutation($id: ID!, $input: PostRoleInput!) { updateRole(id: $id, input: $input) { errors { code } } }", new { id, input = Input }, other.ApiKey);
        var close = await app.GraphQLAsync("mutation($id: ID!) { closeRole(id: $id) { errors { code } } }", new { id }, other.ApiKey);
        Assert.Equal(["FORBIDDEN"], update["data"]!["updateRole"]!.Codes());
        Assert.Equal(["FORBIDDEN"], close["data"]!["closeRole"]!.Codes());
        var role = await app.GraphQLAsync("query($id: ID!) { role(id: $id) { status } }", new { id });
        Assert.Equal("OPEN", role["data"]!["role"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task ACoopCannotActAsTheAdministrator()
    {
        var coop = await app.RegisterCoopAsync("Sneaky", "https://sneaky.example.coop", verify: false);
        var body = await app.GraphQLAsync("mutation($id: ID!) { verifyCoop(id: $id) { coop { verified } errors { code } } }", new { id = coop.Id }, coop.ApiKey);
        Assert.Equal(["FORBIDDEN"], body["data"]!["verifyCoop"]!.Codes());
        var check = await app.GraphQLAsync("query($slug: String!) { coop(slug: $slug) { verified } }", new { slug = coop.Slug });
        Assert.False(check["data"]!["coop"]!["verified"]!.GetValue<bool>());
    }

    [Fact]
    public async Task TheAdministratorsKeyDoesNotPostForACoop()
    {
        var payload = await app.PostRoleAsync(RolesBoardApp.AdminKey, Input);
        Assert.Equal(["FORBIDDEN"], payload.Codes());
    }

    [Fact]
    public async Task ARotatedKeyReplacesTheOldOne()
    {
        var coop = await app.RegisterCoopAsync("Rotating", "https://rotating.example.coop");
        var rotated = await app.GraphQLAsync("mutation($id: ID!) { rotateCoopKey(id: $id) { apiKey errors { code } } }", new { id = coop.Id }, coop.ApiKey);
        var newKey = rotated["data"]!["rotateCoopKey"]!["apiKey"]!.GetValue<string>();
        Assert.NotEqual(coop.ApiKey, newKey);
        Assert.Equal(["FORBIDDEN"], (await app.PostRoleAsync(coop.ApiKey, Input)).Codes());
        Assert.Empty((await app.PostRoleAsync(newKey, Input)).Codes());
    }
}
