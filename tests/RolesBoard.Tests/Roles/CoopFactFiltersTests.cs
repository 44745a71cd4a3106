using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Roles;

[Collection(nameof(BoardCollection))]
public sealed class CoopFactFiltersTests(RolesBoardApp app) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        var flat = await app.RegisterCoopWithFactsAsync("Flat Co-op", "https://flat.coop",
            new { ownership = "WORKER_OWNED", flatPay = true, membershipAfterMonths = 6, hoursPerWeek = 32 });
        var ladder = await app.RegisterCoopWithFactsAsync("Ladder Co-op", "https://ladder.coop",
            new { ownership = "MULTI_STAKEHOLDER", flatPay = false, membershipAfterMonths = 24, hoursPerWeek = 40 });
        var quiet = await app.RegisterCoopWithFactsAsync("Quiet Co-op", "https://quiet.coop", new { });
        await app.PostRoleIdAsync(flat.ApiKey, new { title = "Flat developer", description = "Work.", salary = new { min = 30000, max = 40000, currency = "GBP", period = "YEAR" } });
        await app.PostRoleIdAsync(ladder.ApiKey, new { title = "Ladder developer", description = "Work.", salary = new { min = 50000, max = 60000, currency = "GBP", period = "YEAR" } });
        await app.PostRoleIdAsync(quiet.ApiKey, new { title = "Quiet developer", description = "Work." });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<List<string>> TitlesAsync(object filter)
    {
        var body = await app.GraphQLAsync("query($f: RoleFilter) { roles(filter: $f) { nodes { title } } }", new { f = filter });
        Assert.Null(body["errors"]);
        return [.. body["data"]!["roles"]!["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()).Order()];
    }

    [Fact]
    public async Task OwnershipFiltersByHowTheCoopIsOwned()
    {
        Assert.Equal(["Flat developer"], await TitlesAsync(new { ownership = new[] { "WORKER_OWNED" } }));
        Assert.Equal(["Flat developer", "Ladder developer"], await TitlesAsync(new { ownership = new[] { "WORKER_OWNED", "MULTI_STAKEHOLDER" } }));
    }

    [Fact]
    public async Task FlatPayFiltersByEqualPayAndUnknownNeverMatches()
    {
        Assert.Equal(["Flat developer"], await TitlesAsync(new { flatPay = true }));
        Assert.Equal(["Ladder developer"], await TitlesAsync(new { flatPay = false }));
    }

    [Fact]
    public async Task MaxMonthsToMembershipKeepsCoopsThatTakeMembersSoonEnough()
    {
        Assert.Equal(["Flat developer"], await TitlesAsync(new { maxMonthsToMembership = 12 }));
        Assert.Equal(["Flat developer", "Ladder developer"], await TitlesAsync(new { maxMonthsToMembership = 24 }));
        Assert.Empty(await TitlesAsync(new { maxMonthsToMembership = 3 }));
    }

    [Fact]
    public async Task MaxHoursPerWeekKeepsShorterWeeks()
    {
        Assert.Equal(["Flat developer"], await TitlesAsync(new { maxHoursPerWeek = 35 }));
    }

    [Fact]
    public async Task MinimumSalaryKeepsRolesThatStateNoPayUnlessAskedToLeaveThemOut()
    {
        var floor = new { amount = 45000, currency = "GBP", period = "YEAR" };
        Assert.Equal(["Ladder developer", "Quiet developer"], await TitlesAsync(new { minSalary = floor }));
        Assert.Equal(["Ladder developer"], await TitlesAsync(new { minSalary = floor, payStated = true }));
        Assert.Equal(["Quiet developer"], await TitlesAsync(new { payStated = false }));
    }

    [Fact]
    public async Task RolesShowTheirCoopsFacts()
    {
        var body = await app.GraphQLAsync("query($f: RoleFilter) { roles(filter: $f) { nodes { coop { ownership flatPay membershipAfterMonths hoursPerWeek } } } }", new { f = new { flatPay = true } });
        var coop = Assert.Single(body["data"]!["roles"]!["nodes"]!.AsArray())!["coop"]!;
        Assert.Equal("WORKER_OWNED", coop["ownership"]!.GetValue<string>());
        Assert.Equal(6, coop["membershipAfterMonths"]!.GetValue<int>());
    }
}
