using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Founders;

[Collection(nameof(BoardCollection))]
public sealed class AdviceSlotTests(RolesBoardApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The last Sunday of March next year: Europe's clocks go forward (London from GMT to BST) that night.</summary>
    private static DateOnly EuropeanSpringChange()
    {
        var lastDay = new DateOnly(DateTime.UtcNow.Year + 1, 3, 31);
        return lastDay.AddDays(-(int)lastDay.DayOfWeek);
    }

    private static DateTimeOffset[] Starts(System.Text.Json.Nodes.JsonNode payload) =>
        payload["slots"]!.AsArray().Select(s => DateTimeOffset.Parse(s!["start"]!.GetValue<string>())).ToArray();

    [Fact]
    public async Task AWeeklySlotKeepsItsLondonWallClockTimeAcrossTheSpringChange()
    {
        var adviser = await app.VerifiedAdviserAsync();
        var tuesdayBefore = EuropeanSpringChange().AddDays(-5);
        var first = new DateTimeOffset(tuesdayBefore.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero); // 18:00 GMT is 18:00 in London

        var payload = await app.AddSlotsAsync(adviser, new { start = first, minutes = 60, repeatWeeks = 3 });

        Assert.Empty(payload.Codes());
        Assert.Equal([first, first.AddDays(7).AddHours(-1), first.AddDays(14).AddHours(-1)], Starts(payload));
    }

    [Fact]
    public async Task AWeeklySlotInSydneyMovesInUtcWhenSydneyLeavesSummerTime()
    {
        var adviser = await app.VerifiedAdviserAsync(i => { i["name"] = "Sydney Adviser"; i["timeZone"] = "Australia/Sydney"; i["countries"] = new[] { "AU" }; });
        // Sydney's summer time ends on the first Sunday of April; 09:00 on the Monday of the week before is AEDT (UTC+11).
        var firstSunday = new DateOnly(DateTime.UtcNow.Year + 1, 4, 1);
        firstSunday = firstSunday.AddDays((7 - (int)firstSunday.DayOfWeek) % 7);
        var monday = firstSunday.AddDays(-6);
        var first = new DateTimeOffset(monday.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(11));

        var payload = await app.AddSlotsAsync(adviser, new { start = first, minutes = 45, repeatWeeks = 2 });

        Assert.Equal([first.ToUniversalTime(), first.AddDays(7).AddHours(1).ToUniversalTime()], Starts(payload));
    }

    [Fact]
    public async Task AFounderSeesFreeSlotsInTheirOwnZone()
    {
        var adviser = await app.VerifiedAdviserAsync();
        var start = FounderSteps.DaysAhead(10, hourUtc: 17);
        await app.AddSlotAsync(adviser, start);

        var body = await app.GraphQLAsync("""
            { adviceSlots(country: "GB") { nodes { id utc: start toronto: start(timeZone: "America/Toronto") kolkata: start(timeZone: "Asia/Kolkata") minutes adviser { id name } } } }
            """);
        var slot = body["data"]!["adviceSlots"]!["nodes"]![0]!;
        var toronto = DateTimeOffset.Parse(slot["toronto"]!.GetValue<string>());
        var kolkata = DateTimeOffset.Parse(slot["kolkata"]!.GetValue<string>());
        Assert.Equal(start, toronto);
        Assert.Equal(start, kolkata);
        Assert.Equal(TimeZoneInfo.FindSystemTimeZoneById("America/Toronto").GetUtcOffset(start), toronto.Offset);
        Assert.Equal(TimeSpan.FromHours(5.5), kolkata.Offset);
        Assert.Equal("Morag Adviser", slot["adviser"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task FreeSlotsAreFilteredByAdviserCountryTopicAndTimeAndPaged()
    {
        var morag = await app.VerifiedAdviserAsync();
        var lucia = await app.VerifiedAdviserAsync(i => { i["name"] = "Lucía"; i["countries"] = new[] { "ES" }; i["topics"] = new[] { "Finance" }; i["timeZone"] = "Europe/Madrid"; });
        var unverified = await app.RegisterAdviserAsync(FounderSteps.Adviser(i => i["name"] = "Not Yet"));
        var hidden = new FounderSteps.AdviserKey(unverified["adviser"]!["id"]!.GetValue<string>(), unverified["token"]!.GetValue<string>());
        var early = await app.AddSlotAsync(morag, FounderSteps.DaysAhead(3));
        var late = await app.AddSlotAsync(morag, FounderSteps.DaysAhead(20));
        var spanish = await app.AddSlotAsync(lucia, FounderSteps.DaysAhead(5));
        await app.AddSlotAsync(hidden, FounderSteps.DaysAhead(4));

        Assert.Equal([early, spanish, late], await app.FreeSlotIdsAsync());
        Assert.Equal([early, late], await app.FreeSlotIdsAsync(morag.Id));
        var bySpain = await app.GraphQLAsync("{ adviceSlots(country: \"ES\", topic: \"finance\") { nodes { id } } }");
        Assert.Equal(spanish, bySpain["data"]!["adviceSlots"]!["nodes"]![0]!["id"]!.GetValue<string>());
        var window = await app.GraphQLAsync("query($to: DateTimeOffset) { adviceSlots(to: $to) { totalCount nodes { id } } }", new { to = FounderSteps.DaysAhead(10) });
        Assert.Equal(2, window["data"]!["adviceSlots"]!["totalCount"]!.GetValue<int>());

        var page1 = await app.GraphQLAsync("{ adviceSlots(first: 2) { nodes { id } pageInfo { hasNextPage endCursor } } }");
        var cursor = page1["data"]!["adviceSlots"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        Assert.True(page1["data"]!["adviceSlots"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var page2 = await app.GraphQLAsync("query($after: String) { adviceSlots(first: 2, after: $after) { nodes { id } pageInfo { hasNextPage } } }", new { after = cursor });
        Assert.Equal(late, page2["data"]!["adviceSlots"]!["nodes"]![0]!["id"]!.GetValue<string>());
        Assert.False(page2["data"]!["adviceSlots"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task AddingTheSameSlotTwiceMakesOneSlot()
    {
        var adviser = await app.VerifiedAdviserAsync();
        var start = FounderSteps.DaysAhead(6);
        var first = await app.AddSlotAsync(adviser, start);
        var again = await app.AddSlotAsync(adviser, start.ToOffset(TimeSpan.FromHours(2)));
        Assert.Equal(first, again);
        Assert.Single(await app.FreeSlotIdsAsync());
    }

    [Fact]
    public async Task SlotsNeedTheAdvisersOwnTokenAndSaneTimes()
    {
        var adviser = await app.VerifiedAdviserAsync();
        var other = await app.VerifiedAdviserAsync(i => i["name"] = "Other");
        var stolen = await app.AddSlotsAsync(new FounderSteps.AdviserKey(adviser.Id, other.Token), new { start = FounderSteps.DaysAhead(2), minutes = 60 });
        Assert.Equal(["FORBIDDEN"], stolen.Codes());

        var bad = await app.AddSlotsAsync(adviser,
            new { start = DateTimeOffset.UtcNow.AddHours(-1), minutes = 60 },
            new { start = FounderSteps.DaysAhead(2), minutes = 600 },
            new { start = FounderSteps.DaysAhead(2), minutes = 60, repeatWeeks = 100 });
        Assert.Equal(["OUT_OF_RANGE", "OUT_OF_RANGE", "OUT_OF_RANGE"], bad.Codes());
        Assert.Equal(["slots[0].start", "slots[1].minutes", "slots[2].repeatWeeks"], bad["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()));
        Assert.Empty(await app.FreeSlotIdsAsync());
    }
}
