using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Stats;

/// <summary>
/// Figures about people: only for groups of at least 10 ("fewer than 10" otherwise), rounded down to a multiple of 5,
/// and never by country or network.
/// </summary>
[Collection(nameof(StatsCollection))]
public sealed class PeopleFiguresTests(StatsApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SeekersArePublishedOnlyInGroupsOfTen()
    {
        app.At("2026-03-03T10:00:00Z");
        await SeekersAsync(9);
        await app.SnapshotAsync();
        var nine = await app.MovementStatsAsync("2026-03-02", "2026-03-08");
        Assert.Null(nine["seekers"]!["count"]);
        Assert.Equal("fewer than 10", nine["seekers"]!["text"]!.GetValue<string>());

        await SeekersAsync(3, from: 9);
        await app.SnapshotAsync();
        var twelve = await app.MovementStatsAsync("2026-03-02", "2026-03-08");
        Assert.Equal(10, twelve["seekers"]!["count"]!.GetValue<int>());
        Assert.Equal("10", twelve["seekers"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task PeopleAreNeverCountedByCountryOrNetwork()
    {
        app.At("2026-03-03T10:00:00Z");
        await SeekersAsync(12);
        await app.SnapshotAsync();
        foreach (var stats in new[] { await app.MovementStatsAsync(country: "PT"), await app.MovementStatsAsync(network: "CoTech") })
        {
            Assert.Null(stats["seekers"]);
            Assert.Null(stats["introductionsRequested"]);
        }
        var csv = await StatsPagesTests.GetStringAsync(app, "/stats.csv?country=PT&to=2026-03-03");
        var lastWeek = csv.TrimEnd().Split("\r\n")[^1].Split(',');
        Assert.Equal(["", "", ""], lastWeek[10..]);
    }

    [Fact]
    public async Task IntroductionsRequestedAndAcceptedAreCountedPerWeekAndRounded()
    {
        app.At("2026-03-02T09:00:00Z");
        var coop = await app.CoopAsync("Outlandish", "GB", "CoTech");
        var role = await app.RoleAsync(coop, "Python developer");
        var seekers = await SeekersAsync(12, visible: true);
        app.At("2026-03-03T09:00:00Z");
        var ids = new List<string>();
        foreach (var seeker in seekers)
        {
            var body = await app.GraphQLAsync("""
                mutation($role: ID!, $profile: ID!) { requestIntroduction(roleId: $role, profileId: $profile, message: "Hello") { introduction { id } errors { code } } }
                """, new { role, profile = seeker.Id }, coop.ApiKey);
            ids.Add(body["data"]!["requestIntroduction"]!["introduction"]!["id"]!.GetValue<string>());
        }
        app.At("2026-03-04T09:00:00Z");
        for (var i = 0; i < 9; i++)
        {
            await app.GraphQLAsync("mutation($id: ID!) { answerIntroduction(id: $id, accept: true) { errors { code } } }", new { id = ids[i] }, seekers[i].Token);
        }
        await app.SnapshotAsync();

        var stats = await app.MovementStatsAsync("2026-03-02", "2026-03-08");
        Assert.Equal("10", stats["introductionsRequested"]!["text"]!.GetValue<string>()); // 12, rounded down
        Assert.Equal("fewer than 10", stats["introductionsAccepted"]!["text"]!.GetValue<string>()); // 9
        var before = await app.MovementStatsAsync("2026-03-02", "2026-03-02");
        Assert.Equal("fewer than 10", before["introductionsRequested"]!["text"]!.GetValue<string>()); // none yet
    }

    private async Task<List<Seekers.SeekerKey>> SeekersAsync(int count, int from = 0, bool visible = false)
    {
        var keys = new List<Seekers.SeekerKey>();
        for (var i = from; i < from + count; i++)
        {
            keys.Add(await app.CreateProfileKeyAsync(Seekers.Ana(p =>
            {
                p["email"] = $"seeker{i}@example.org";
                p["visibleToCoops"] = visible;
            })));
        }
        return keys;
    }
}
