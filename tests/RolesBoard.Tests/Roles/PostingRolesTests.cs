using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Roles;

[Collection(nameof(BoardCollection))]
public sealed class PostingRolesTests(RolesBoardApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AVerifiedCoopPostsARoleThatAnyoneCanRead()
    {
        var coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
        var id = await app.PostRoleIdAsync(coop.ApiKey, new
        {
            title = "  Senior   Developer ",
            description = "<p>Build <b>good</b> things.</p><script>alert(1)</script>",
            skills = new[] { "Postgres", "JS", "Quantum basket weaving" },
            remote = "REMOTE",
            remoteRegions = new[] { "GB", "EU" },
            salary = new { min = 35000, max = 40000, currency = "gbp", period = "YEAR" },
        });

        var body = await app.GraphQLAsync("query($id: ID!) { role(id: $id) { title description descriptionText skills remote remoteRegions salary { min max currency period } status source coop { slug } } }", new { id });
        var role = body["data"]!["role"]!;
        Assert.Equal("Senior   Developer", role["title"]!.GetValue<string>());
        Assert.DoesNotContain("script", role["description"]!.GetValue<string>());
        Assert.Equal("Build good things.", role["descriptionText"]!.GetValue<string>());
        Assert.Equal(["PostgreSQL", "JavaScript", "Quantum basket weaving"], role["skills"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("GBP", role["salary"]!["currency"]!.GetValue<string>());
        Assert.Equal("OPEN", role["status"]!.GetValue<string>());
        Assert.Equal("POSTED", role["source"]!.GetValue<string>());
        Assert.Equal("outlandish", role["coop"]!["slug"]!.GetValue<string>());
    }

    [Fact]
    public async Task ARetriedPostWithTheSameIdempotencyKeyPostsOnce()
    {
        var coop = await app.RegisterCoopAsync("Autonomic", "https://autonomic.zone");
        var input = new { title = "Sysadmin", description = "Keep servers happy.", idempotencyKey = "post-42" };
        var first = await app.PostRoleIdAsync(coop.ApiKey, input);
        var second = await app.PostRoleIdAsync(coop.ApiKey, input);
        Assert.Equal(first, second);
        var body = await app.GraphQLAsync("{ roles { totalCount } }");
        Assert.Equal(1, body["data"]!["roles"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task ACoopClosesAndEditsItsOwnRole()
    {
        var coop = await app.RegisterCoopAsync("Agile Collective", "https://agile.coop");
        var id = await app.PostRoleIdAsync(coop.ApiKey, new { title = "Drupal developer", description = "Drupal sites." });
        var updated = await app.GraphQLAsync("mutation($id: ID!, $input: PostRoleInput!) { updateRole(id: $id, input: $input) { role { title } errors { code } } }",
            new { id, input = new { title = "Lead Drupal developer", description = "Drupal sites." } }, coop.ApiKey);
        Assert.Equal("Lead Drupal developer", updated["data"]!["updateRole"]!["role"]!["title"]!.GetValue<string>());

        var closed = await app.GraphQLAsync("mutation($id: ID!) { closeRole(id: $id) { role { status closedAt } errors { code } } }", new { id }, coop.ApiKey);
        Assert.Equal("CLOSED", closed["data"]!["closeRole"]!["role"]!["status"]!.GetValue<string>());
        var listed = await app.GraphQLAsync("{ roles { totalCount } }");
        Assert.Equal(0, listed["data"]!["roles"]!["totalCount"]!.GetValue<int>());
    }
}
