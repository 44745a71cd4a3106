using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Roles;

/// <summary>The stored search vector follows a role's searched text when it changes (the trigger keeps an unchanged one).</summary>
[Collection(nameof(BoardCollection))]
public sealed class SearchVectorTriggerTests(RolesBoardApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AnEditedRoleIsFoundByItsNewWordsAndNoLongerByItsOldOnes()
    {
        var coop = await app.RegisterCoopAsync("Agile Collective", "https://agile.coop");
        var id = await app.PostRoleIdAsync(coop.ApiKey, new { title = "Drupal developer", description = "Drupal sites for charities." });
        Assert.Equal(1, await CountAsync("drupal"));

        var updated = await app.GraphQLAsync("mutation($id: ID!, $input: PostRoleInput!) { updateRole(id: $id, input: $input) { errors { code } } }",
            new { id, input = new { title = "Wagtail developer", description = "Wagtail sites for charities." } }, coop.ApiKey);
        Assert.Empty(updated["data"]!["updateRole"]!["errors"]!.AsArray());

        Assert.Equal(0, await CountAsync("drupal"));
        Assert.Equal(1, await CountAsync("wagtail"));
    }

    private async Task<int> CountAsync(string query)
    {
        var body = await app.GraphQLAsync("query($filter: RoleFilter) { roles(filter: $filter) { totalCount } }", new { filter = new { query } });
        return body["data"]!["roles"]!["totalCount"]!.GetValue<int>();
    }
}
