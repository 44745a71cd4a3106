using System.Text.Json.Nodes;

namespace RolesBoard.Tests.Stats;

/// <summary>Roles opened, closed and open by week (weeks start Monday 00:00 UTC), pay, skills, and how long roles stay open.</summary>
[Collection(nameof(StatsCollection))]
public sealed class RoleFiguresTests(StatsApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RolesCountInTheUtcWeekTheyOpenedAndClosedIn()
    {
        app.At("2026-03-01T12:00:00Z");
        var coop = await app.CoopAsync("Agile Collective", "GB", "CoTech");
        app.At("2026-03-01T23:59:59Z"); // Sunday: the week of 23 February
        var sunday = await app.RoleAsync(coop, "Sunday role");
        app.At("2026-03-02T00:00:00Z"); // Monday midnight: the week of 2 March
        var monday = await app.RoleAsync(coop, "Monday role");
        app.At("2026-03-08T23:59:59Z");
        await app.CloseAsync(coop, sunday);
        app.At("2026-03-09T00:00:00Z");
        await app.CloseAsync(coop, monday);
        app.At("2026-03-10T12:00:00Z");
        Assert.Equal("WRITTEN", await app.SnapshotAsync());

        var stats = await app.MovementStatsAsync("2026-02-23", "2026-03-10");

        // Open roles are counted at each week's end: the Monday role closed at exactly that instant, so it is not.
        Assert.Equal(
            [("2026-02-23", 1, 0, 1), ("2026-03-02", 1, 1, 0), ("2026-03-09", 0, 1, 0)],
            Weeks(stats).Select(w => (w!["weekStart"]!.GetValue<string>(), Int(w, "rolesOpened"), Int(w, "rolesClosed"), Int(w, "openRoles"))));
        Assert.Equal(0, Int(stats, "openRoles"));
        Assert.Equal(7, stats["medianDaysOpen"]!.GetValue<double>());
    }

    [Fact]
    public async Task PaySkillsAndCoopTermsAreCountedAtThePeriodsEndByCountryAndNetwork()
    {
        app.At("2026-03-02T10:00:00Z");
        var gb = await app.CoopAsync("Outlandish", "GB", "CoTech", flatPay: true, membershipAfterMonths: 6);
        var de = await app.CoopAsync("Kollektiv", "DE", "Other Network", flatPay: false, membershipAfterMonths: 12);
        await app.CoopAsync("Coopaname Tech", "FR", "CoTech", verify: false, membershipAfterMonths: 3);
        var pay = new { min = 30000, max = 40000, currency = "GBP", period = "YEAR" };
        await app.RoleAsync(gb, "Backend developer", ["Python", "PostgreSQL"], pay);
        await app.RoleAsync(gb, "Data engineer", ["Python"]);
        await app.RoleAsync(de, "Elixir developer", ["Elixir"], new { min = 50000, max = 60000, currency = "EUR", period = "YEAR" });
        app.At("2026-03-03T08:00:00Z");
        await app.SnapshotAsync();

        var all = await app.MovementStatsAsync("2026-03-01", "2026-03-03");
        Assert.Equal((3, 3, 2, 2, 2, 1), (Int(all, "openRoles"), Int(all, "coops"), Int(all, "verifiedCoops"), Int(all, "activeCoops"), Int(all, "rolesStatingPay"), Int(all, "flatPayCoops")));
        Assert.Equal(2.0 / 3, all["shareStatingPay"]!.GetValue<double>(), 6);
        Assert.Equal(6, all["medianMonthsToMembership"]!.GetValue<double>());
        Assert.Equal([("Python", 2), ("Elixir", 1), ("PostgreSQL", 1)], Skills(all));

        var britain = await app.MovementStatsAsync("2026-03-01", "2026-03-03", country: "gb");
        Assert.Equal((2, 1, 1, 1), (Int(britain, "openRoles"), Int(britain, "coops"), Int(britain, "rolesStatingPay"), Int(britain, "flatPayCoops")));
        Assert.Equal([("Python", 2), ("PostgreSQL", 1)], Skills(britain));

        var cotech = await app.MovementStatsAsync("2026-03-01", "2026-03-03", network: "cotech");
        Assert.Equal((2, 2, 1), (Int(cotech, "openRoles"), Int(cotech, "coops"), Int(cotech, "verifiedCoops")));
        Assert.Equal(4.5, cotech["medianMonthsToMembership"]!.GetValue<double>());

        var nowhere = await app.MovementStatsAsync("2026-03-01", "2026-03-03", country: "DE", network: "CoTech");
        Assert.Equal((0, 0), (Int(nowhere, "openRoles"), Int(nowhere, "coops")));
    }

    [Fact]
    public async Task ACoopIsActiveUntilNinetyDaysAfterItsLastRoleClosed()
    {
        app.At("2026-01-01T08:00:00Z");
        var coop = await app.CoopAsync("Dot Project", "GB", "CoTech");
        var role = await app.RoleAsync(coop, "Short-lived role");
        app.At("2026-01-05T09:00:00Z");
        await app.CloseAsync(coop, role);
        app.At("2026-04-10T09:00:00Z");
        await app.SnapshotAsync();

        // Closed 5 January 09:00: still within 90 days at the end of 4 April (5 April 00:00), not at the end of 5 April.
        Assert.Equal(1, Int(await app.MovementStatsAsync("2026-03-30", "2026-04-04"), "activeCoops"));
        Assert.Equal(0, Int(await app.MovementStatsAsync("2026-03-30", "2026-04-05"), "activeCoops"));
        Assert.Equal(1, Int(await app.MovementStatsAsync("2026-03-30", "2026-04-05"), "coops"));
    }

    [Fact]
    public async Task BadArgumentsAreUserErrors()
    {
        var backwards = await app.GraphQLAsync("{ movementStats(from: \"2026-03-02\", to: \"2026-03-01\") { openRoles } }");
        Assert.Equal("BAD_USER_INPUT", backwards["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        var country = await app.GraphQLAsync("{ movementStats(country: \"Atlantis\") { openRoles } }");
        Assert.Contains("ISO 3166", country["errors"]![0]!["message"]!.GetValue<string>());
        var tooLong = await app.GraphQLAsync("{ movementStats(from: \"2010-01-01\", to: \"2026-01-01\") { openRoles } }");
        Assert.Contains("At most", tooLong["errors"]![0]!["message"]!.GetValue<string>());
    }

    private static JsonArray Weeks(JsonNode stats) => stats["weeks"]!.AsArray();

    private static int Int(JsonNode? node, string name) => node![name]!.GetValue<int>();

    private static (string, int)[] Skills(JsonNode stats) =>
        [.. stats["topSkills"]!.AsArray().Select(s => (s!["skill"]!.GetValue<string>(), s["count"]!.GetValue<int>()))];
}
