using Microsoft.Extensions.DependencyInjection;
using RolesBoard.Api.Matching.Index;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Matching;

/// <summary>The in-memory preselection follows every commit: what it proposes is what the database now says.</summary>
[Collection(nameof(BoardCollection))]
public sealed class MatchIndexTests(RolesBoardApp app) : IAsyncLifetime
{
    private MatchIndex Index => app.Services.GetRequiredService<MatchIndex>();

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        for (var i = 0; i < 100 && !Index.IsReady; i++)
        {
            await Task.Delay(100);
        }
        Assert.True(Index.IsReady, "the match index was not built at start-up");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task APostedRoleIsProposedAtOnceAndAClosedOneIsNot()
    {
        var coop = await app.RegisterCoopAsync("Indexed", "https://indexed.example.coop");
        var id = Guid.Parse(await app.PostRoleIdAsync(coop.ApiKey, new { title = "Elixir developer", description = "Phoenix.", skills = new[] { "Elixir" } }));
        var terms = new Dictionary<string, double> { ["Elixir"] = 1.0 };
        Assert.Contains(id, Index.RolesFor(terms, new Seeker(null, false, [], null), DateTimeOffset.UtcNow, 10));

        await app.GraphQLAsync("mutation($id: ID!) { closeRole(id: $id) { errors { code } } }", new { id }, coop.ApiKey);
        Assert.DoesNotContain(id, Index.RolesFor(terms, new Seeker(null, false, [], null), DateTimeOffset.UtcNow, 10));
    }

    [Fact]
    public async Task AProfileLeavesTheIndexWhenItTurnsPrivateOrIsErased()
    {
        var seeker = await app.CreateProfileKeyAsync(Seekers.Ana(p => p["visibleToCoops"] = true));
        var id = Guid.Parse(seeker.Id);
        var terms = new Dictionary<string, double> { ["Python"] = 1.0, ["Django"] = 1.0, ["PostgreSQL"] = 1.0 };
        Assert.Contains(id, Index.ProfilesFor(terms, null, 10));

        await app.GraphQLAsync("mutation($id: ID!, $input: ProfileInput!) { updateProfile(id: $id, input: $input) { errors { code } } }",
            new { id = seeker.Id, input = Seekers.Ana(p => p["visibleToCoops"] = false) }, seeker.Token);
        Assert.DoesNotContain(id, Index.ProfilesFor(terms, null, 10));

        await app.GraphQLAsync("mutation($id: ID!, $input: ProfileInput!) { updateProfile(id: $id, input: $input) { errors { code } } }",
            new { id = seeker.Id, input = Seekers.Ana(p => p["visibleToCoops"] = true) }, seeker.Token);
        Assert.Contains(id, Index.ProfilesFor(terms, null, 10));
        await app.GraphQLAsync("mutation($id: ID!) { deleteProfile(id: $id) { errors { code } } }", new { id = seeker.Id }, seeker.Token);
        Assert.DoesNotContain(id, Index.ProfilesFor(terms, null, 10));
    }
}
