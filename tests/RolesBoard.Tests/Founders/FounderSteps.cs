using System.Text.Json.Nodes;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Founders;

/// <summary>Steps advisers and founders take through the public API.</summary>
public static class FounderSteps
{
    public sealed record AdviserKey(string Id, string Token);

    public sealed record BookingKey(string Id, string Token);

    public const string Brief = "We are five developers laid off from the same agency in Leeds; we want to start a worker co-op and ask which legal form fits.";

    public static Dictionary<string, object?> Adviser(Action<Dictionary<string, object?>>? change = null)
    {
        var input = new Dictionary<string, object?>
        {
            ["name"] = "Morag Adviser",
            ["email"] = "morag@advice.example",
            ["bio"] = "Founded two tech co-ops.",
            ["countries"] = new[] { "GB", "Ireland" },
            ["languages"] = new[] { "English" },
            ["topics"] = new[] { "Legal forms", "Governance" },
            ["timeZone"] = "Europe/London",
            ["hoursPerMonth"] = 4,
        };
        change?.Invoke(input);
        return input;
    }

    public static async Task<JsonNode> RegisterAdviserAsync(this RolesBoardApp app, object input, string? bearer = null)
    {
        var body = await app.GraphQLAsync("""
            mutation($input: AdviserInput!) { registerAdviser(input: $input) { adviser { id name verified countries } token errors { field code message } } }
            """, new { input }, bearer);
        return body["data"]!["registerAdviser"]!;
    }

    /// <summary>Registers an adviser and has the administrator verify them.</summary>
    public static async Task<AdviserKey> VerifiedAdviserAsync(this RolesBoardApp app, Action<Dictionary<string, object?>>? change = null)
    {
        var payload = await app.RegisterAdviserAsync(Adviser(change));
        Assert.Empty(payload.Codes());
        var id = payload["adviser"]!["id"]!.GetValue<string>();
        var verified = await app.GraphQLAsync("mutation($id: ID!) { verifyAdviser(id: $id) { adviser { verified } errors { code } } }", new { id }, RolesBoardApp.AdminKey);
        Assert.True(verified["data"]!["verifyAdviser"]!["adviser"]!["verified"]!.GetValue<bool>());
        return new AdviserKey(id, payload["token"]!.GetValue<string>());
    }

    public static async Task<JsonNode> AddSlotsAsync(this RolesBoardApp app, AdviserKey adviser, params object[] slots)
    {
        var body = await app.GraphQLAsync("""
            mutation($id: ID!, $slots: [SlotInput!]!) { addAdviceSlots(adviserId: $id, slots: $slots) { slots { id start minutes free } errors { field code message } } }
            """, new { id = adviser.Id, slots }, adviser.Token);
        return body["data"]!["addAdviceSlots"]!;
    }

    public static async Task<string> AddSlotAsync(this RolesBoardApp app, AdviserKey adviser, DateTimeOffset start, int minutes = 60)
    {
        var payload = await app.AddSlotsAsync(adviser, new { start, minutes });
        Assert.Empty(payload.Codes());
        return payload["slots"]![0]!["id"]!.GetValue<string>();
    }

    public static object Booking(string slotId, string email = "founder@found.example", string name = "Femi Founder") =>
        new { slotId, name, email, country = "GB", brief = Brief, teamSize = 5 };

    public static async Task<JsonNode> BookAsync(this RolesBoardApp app, object input)
    {
        var body = await app.GraphQLAsync("""
            mutation($input: BookAdviceInput!) { bookAdvice(input: $input) { booking { id status brief founderName slot { id start } } token errors { field code message } } }
            """, new { input });
        return body["data"]!["bookAdvice"]!;
    }

    public static async Task<BookingKey> BookKeyAsync(this RolesBoardApp app, object input)
    {
        var payload = await app.BookAsync(input);
        Assert.Empty(payload.Codes());
        return new BookingKey(payload["booking"]!["id"]!.GetValue<string>(), payload["token"]!.GetValue<string>());
    }

    public static async Task<JsonNode> CancelAsync(this RolesBoardApp app, string bookingId, string? bearer)
    {
        var body = await app.GraphQLAsync("mutation($id: ID!) { cancelBooking(id: $id) { booking { id status cancelledBy } errors { code } } }", new { id = bookingId }, bearer);
        return body["data"]!["cancelBooking"]!;
    }

    public static async Task<List<string>> FreeSlotIdsAsync(this RolesBoardApp app, string? adviserId = null)
    {
        var body = await app.GraphQLAsync("query($a: ID) { adviceSlots(adviserId: $a, first: 100) { nodes { id } } }", new { a = adviserId });
        return body["data"]!["adviceSlots"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
    }

    /// <summary>A whole-hour start some days ahead, so it is in the future whenever the test runs.</summary>
    public static DateTimeOffset DaysAhead(int days, int hourUtc = 15)
    {
        var today = DateTimeOffset.UtcNow.Date;
        return new DateTimeOffset(today.AddDays(days).AddHours(hourUtc), TimeSpan.Zero);
    }
}
