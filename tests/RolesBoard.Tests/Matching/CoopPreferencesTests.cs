using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using RolesBoard.Api.Coops;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Matching;

/// <summary>Seekers' preferences about the co-op itself: matching ranks by them and says so, in the seeker's words.</summary>
[Collection(nameof(BoardCollection))]
public sealed class CoopPreferencesTests(RolesBoardApp app) : IAsyncLifetime
{
    private string _flat = "";
    private string _ladder = "";
    private string _quiet = "";

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        var flat = await app.RegisterCoopWithFactsAsync("Flat Co-op", "https://flat.coop",
            new { ownership = "WORKER_OWNED", flatPay = true, membershipAfterMonths = 6, hoursPerWeek = 32 });
        var ladder = await app.RegisterCoopWithFactsAsync("Ladder Co-op", "https://ladder.coop",
            new { ownership = "MULTI_STAKEHOLDER", flatPay = false, membershipAfterMonths = 24, hoursPerWeek = 40 });
        var quiet = await app.RegisterCoopWithFactsAsync("Quiet Co-op", "https://quiet.coop", new { });
        // The same role at each: only the co-op's terms tell them apart.
        object Role(string title) => new { title, description = "Django work.", skills = new[] { "Django", "Python", "PostgreSQL" }, remote = "REMOTE" };
        _flat = await app.PostRoleIdAsync(flat.ApiKey, Role("Django developer at Flat"));
        _ladder = await app.PostRoleIdAsync(ladder.ApiKey, Role("Django developer at Ladder"));
        _quiet = await app.PostRoleIdAsync(quiet.ApiKey, Role("Django developer at Quiet"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<List<JsonNode>> MatchesAsync(object? preferences)
    {
        var seeker = await app.CreateProfileKeyAsync(Seekers.Ana(i => i["coopPreferences"] = preferences));
        return [.. (await app.MatchesAsync(seeker.Id, seeker.Token))["data"]!["matches"]!.AsArray().Select(m => m!)];
    }

    private static string Id(JsonNode match) => match["role"]!["id"]!.GetValue<string>();

    private static List<string> Reasons(JsonNode match) => [.. match["reasons"]!.AsArray().Select(r => r!.GetValue<string>())];

    [Fact]
    public async Task WithoutPreferencesTheCoopsTermsChangeNothing()
    {
        var matches = await MatchesAsync(null);
        Assert.Single(matches.Select(m => m["score"]!.GetValue<double>()).Distinct());
        Assert.DoesNotContain(matches.SelectMany(Reasons), r => r.Contains("as you asked", StringComparison.Ordinal) || r.Contains("co-op does not", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MembershipSoonEnoughRanksFirstThenUnknownThenTooLate()
    {
        var matches = await MatchesAsync(new { membershipWithinMonths = 12 });
        Assert.Equal([_flat, _quiet, _ladder], matches.Select(Id));
        Assert.Contains("Member after 6 months, as you asked", Reasons(matches[0]));
        Assert.Contains("The co-op does not say when you could become a member", Reasons(matches[1]));
        Assert.Contains("Member after 24 months; you asked for within 12 months", Reasons(matches[2]));
    }

    [Fact]
    public async Task FlatPayIsRankedAndExplained()
    {
        var matches = await MatchesAsync(new { flatPay = true });
        Assert.Equal([_flat, _quiet, _ladder], matches.Select(Id));
        Assert.Contains("Flat pay, as you asked", Reasons(matches[0]));
        Assert.Contains("Pay is not flat; you asked for flat pay", Reasons(matches[2]));
    }

    [Fact]
    public async Task WorkerOwnershipIsRankedAndExplained()
    {
        var matches = await MatchesAsync(new { workerOwned = true });
        Assert.Equal([_flat, _quiet, _ladder], matches.Select(Id));
        Assert.Contains("Worker-owned, as you asked", Reasons(matches[0]));
        Assert.Contains("Multi-stakeholder, not worker-owned as you asked", Reasons(matches[2]));
    }

    [Fact]
    public async Task HoursAWeekAreRankedAndExplained()
    {
        var matches = await MatchesAsync(new { maxHoursPerWeek = 35 });
        Assert.Equal([_flat, _quiet, _ladder], matches.Select(Id));
        Assert.Contains("32-hour week, as you asked", Reasons(matches[0]));
        Assert.Contains("40-hour week; you asked for at most 35", Reasons(matches[2]));
    }

    [Fact]
    public async Task ACoopChangingItsTermsMovesItsRoles()
    {
        // The ladder co-op shortens its path to membership; the index follows the commit, so the next query ranks by it.
        await using (var session = app.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            var ladder = await session.Query<Coop>().SingleAsync(c => c.Slug == "ladder-co-op");
            ladder.MembershipAfterMonths = 3;
            session.Store(ladder);
            await session.SaveChangesAsync();
        }
        var matches = await MatchesAsync(new { membershipWithinMonths = 12 });
        Assert.Contains("Member after 3 months, as you asked", Reasons(matches.Single(m => Id(m) == _ladder)));
    }

    [Fact]
    public async Task CoopsNeverReadASeekersPreferencesInCandidates()
    {
        var ladder = await app.RegisterCoopWithFactsAsync("Long Co-op", "https://long.coop", new { membershipAfterMonths = 36, flatPay = false });
        var role = await app.PostRoleIdAsync(ladder.ApiKey, new { title = "Django developer", description = "Django.", skills = new[] { "Django", "Python" }, remote = "REMOTE" });
        await app.CreateProfileKeyAsync(Seekers.Ana(i => { i["visibleToCoops"] = true; i["coopPreferences"] = new { membershipWithinMonths = 12, flatPay = true }; }));
        var body = await app.GraphQLAsync("query($id: ID!) { candidates(roleId: $id) { reasons } }", new { id = role }, ladder.ApiKey);
        var reasons = body["data"]!["candidates"]!.AsArray().SelectMany(c => c!["reasons"]!.AsArray().Select(r => r!.GetValue<string>())).ToList();
        Assert.NotEmpty(reasons);
        Assert.DoesNotContain(reasons, r => r.Contains("asked", StringComparison.Ordinal) || r.Contains("Member", StringComparison.Ordinal) || r.Contains("flat", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task PreferencesAreValidatedAndKept()
    {
        var bad = await app.CreateProfileAsync(Seekers.Ana(i => i["coopPreferences"] = new { membershipWithinMonths = -1, maxHoursPerWeek = 0 }));
        Assert.Equal(["OUT_OF_RANGE", "OUT_OF_RANGE"], bad.Codes());
        var seeker = await app.CreateProfileKeyAsync(Seekers.Ana(i => i["coopPreferences"] = new { flatPay = true, membershipWithinMonths = 6 }));
        var body = await app.GraphQLAsync("query($id: ID!) { profile(id: $id) { coopPreferences { membershipWithinMonths flatPay workerOwned maxHoursPerWeek } } }", new { id = seeker.Id }, seeker.Token);
        var wants = body["data"]!["profile"]!["coopPreferences"]!;
        Assert.True(wants["flatPay"]!.GetValue<bool>());
        Assert.Equal(6, wants["membershipWithinMonths"]!.GetValue<int>());
    }
}
