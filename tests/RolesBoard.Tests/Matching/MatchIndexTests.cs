using Microsoft.Extensions.DependencyInjection;
using RolesBoard.Api.Matching;
using RolesBoard.Api.Matching.Index;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Matching;

/// <summary>The in-memory preselection follows every commit: what it proposes is what the database now says.</summary>
[Collection(nameof(BoardCollection))]
public sealed class MatchIndexTests(RolesBoardApp app) : IAsyncLifetime
{
    /// <summary>A seeker with nothing stated but one skill: every open role is workable for them.</summary>
    private static readonly SeekerFacts ElixirSeeker = SeekerFacts.From(new Profile { Skills = ["Elixir"] });

    private static readonly RoleFacts PythonRole = RoleFacts.From(new Role { Skills = ["Python", "Django", "PostgreSQL"] });

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

    [Fact]
    public async Task ReadinessSaysHealthyOnceTheIndexIsBuilt()
    {
        using var client = app.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync(new Uri("/health/ready", UriKind.Relative)));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task APostedRoleIsProposedAtOnceAndAClosedOneIsNot()
    {
        var coop = await app.RegisterCoopAsync("Indexed", "https://indexed.example.coop");
        var id = Guid.Parse(await app.PostRoleIdAsync(coop.ApiKey, new { title = "Elixir developer", description = "Phoenix.", skills = new[] { "Elixir" } }));
        Assert.Contains(id, Index.RolesFor(ElixirSeeker, DateTimeOffset.UtcNow, 10).Select(r => r.Id));

        await app.GraphQLAsync("mutation($id: ID!) { closeRole(id: $id) { errors { code } } }", new { id }, coop.ApiKey);
        Assert.DoesNotContain(id, Index.RolesFor(ElixirSeeker, DateTimeOffset.UtcNow, 10).Select(r => r.Id));
    }

    /// <summary>
    /// What another replica wrote reaches this one by polling, not by its commit listener: a role this process never
    /// heard of (its entry dropped here, as if written elsewhere) is back within a few polls, from the document.
    /// </summary>
    [Fact]
    public async Task ARoleWrittenElsewhereArrivesByPolling()
    {
        var coop = await app.RegisterCoopAsync("Elsewhere", "https://elsewhere.example.coop");
        var id = Guid.Parse(await app.PostRoleIdAsync(coop.ApiKey, new { title = "Elixir developer", description = "Phoenix.", skills = new[] { "Elixir" }, location = "Leeds, UK" }));
        Index.RemoveRole(id);
        Assert.DoesNotContain(id, Index.RolesFor(ElixirSeeker, DateTimeOffset.UtcNow, 10).Select(r => r.Id));

        RoleFacts? polled = null;
        for (var i = 0; i < 60 && polled is null; i++)
        {
            await Task.Delay(250);
            polled = Index.RolesFor(ElixirSeeker, DateTimeOffset.UtcNow, 10).FirstOrDefault(r => r.Id == id);
        }
        Assert.NotNull(polled);
        Assert.Equal(("Elixir developer", "Leeds, UK"), (polled.Title, polled.Location));
    }

    [Fact]
    public async Task AProfileLeavesTheIndexWhenItTurnsPrivateOrIsErased()
    {
        var seeker = await app.CreateProfileKeyAsync(Seekers.Ana(p => p["visibleToCoops"] = true));
        var id = Guid.Parse(seeker.Id);
        Assert.Contains(id, Index.ProfilesFor(PythonRole, null, 10).Select(p => p.Id));

        await app.GraphQLAsync("mutation($id: ID!, $input: ProfileInput!) { updateProfile(id: $id, input: $input) { errors { code } } }",
            new { id = seeker.Id, input = Seekers.Ana(p => p["visibleToCoops"] = false) }, seeker.Token);
        Assert.DoesNotContain(id, Index.ProfilesFor(PythonRole, null, 10).Select(p => p.Id));

        await app.GraphQLAsync("mutation($id: ID!, $input: ProfileInput!) { updateProfile(id: $id, input: $input) { errors { code } } }",
            new { id = seeker.Id, input = Seekers.Ana(p => p["visibleToCoops"] = true) }, seeker.Token);
        Assert.Contains(id, Index.ProfilesFor(PythonRole, null, 10).Select(p => p.Id));
        await app.GraphQLAsync("mutation($id: ID!) { deleteProfile(id: $id) { errors { code } } }", new { id = seeker.Id }, seeker.Token);
        Assert.DoesNotContain(id, Index.ProfilesFor(PythonRole, null, 10).Select(p => p.Id));
    }
}
