using System.Text.Json.Nodes;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Founders;

[Collection(nameof(MailCollection))]
public sealed class FounderDataTests(MailApp app) : IAsyncLifetime
{
    private const string Name = "Quentin Erasable-Founder";
    private const string Email = "quentin.erasable@found.example";

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        app.Smtp.Clear();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AFounderExportsEverythingHeldAboutThemWithTheBookingToken()
    {
        var adviser = await app.VerifiedAdviserAsync();
        var booking = await app.BookKeyAsync(FounderSteps.Booking(await app.AddSlotAsync(adviser, FounderSteps.DaysAhead(5)), Email, Name));

        var body = await app.GraphQLAsync("query($id: ID!) { exportBooking(id: $id) { bookingId json } }", new { id = booking.Id }, booking.Token);
        var json = JsonNode.Parse(body["data"]!["exportBooking"]!["json"]!.GetValue<string>())!;
        Assert.Equal(Name, json["booking"]!["founderName"]!.GetValue<string>());
        Assert.Equal(Email, json["booking"]!["founderEmail"]!.GetValue<string>());
        Assert.Equal(FounderSteps.Brief, json["booking"]!["brief"]!.GetValue<string>());
        Assert.DoesNotContain(booking.Token, body.ToJsonString(), StringComparison.Ordinal);

        var byAdviser = await app.GraphQLAsync("query($id: ID!) { exportBooking(id: $id) { json } }", new { id = booking.Id }, adviser.Token);
        Assert.Equal("FORBIDDEN", byAdviser.ErrorCode());
    }

    [Fact]
    public async Task ErasingABookingLeavesNoTraceOfTheFounderAnywhereAndTellsTheAdviserWithoutAName()
    {
        var adviser = await app.VerifiedAdviserAsync();
        var slot = await app.AddSlotAsync(adviser, FounderSteps.DaysAhead(5));
        var booking = await app.BookKeyAsync(FounderSteps.Booking(slot, Email, Name));
        await app.Smtp.WaitForAsync(Email); // the confirmation has gone: a sent copy is held too
        await app.Smtp.WaitForAsync("morag@advice.example"); // and the adviser's, so the notice is their second message
        Assert.NotEmpty(await app.PlacesHoldingAsync(Email));

        var erased = await app.GraphQLAsync("mutation($id: ID!) { eraseBooking(id: $id) { erasedBooking { id } errors { code } } }", new { id = booking.Id }, booking.Token);

        Assert.Equal(booking.Id, erased["data"]!["eraseBooking"]!["erasedBooking"]!["id"]!.GetValue<string>());
        Assert.Empty(await app.PlacesHoldingAsync(Email));
        Assert.Empty(await app.PlacesHoldingAsync(Name));
        Assert.Empty(await app.PlacesHoldingAsync("laid off from the same agency"));
        Assert.Empty(await app.PlacesHoldingAsync(booking.Id));
        Assert.Equal([slot], await app.FreeSlotIdsAsync());
        var notice = (await app.Smtp.WaitForAsync("morag@advice.example", 2))[1];
        Assert.StartsWith("Cancelled", notice.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(Name, notice.TextBody, StringComparison.Ordinal);
        var again = await app.GraphQLAsync("query($id: ID!) { exportBooking(id: $id) { json } }", new { id = booking.Id }, booking.Token);
        Assert.Equal("NOT_FOUND", again.ErrorCode());
    }

    [Fact]
    public async Task AnAdviserWhoLeavesIsErasedAndTheirUpcomingFoundersAreTold()
    {
        var adviser = await app.VerifiedAdviserAsync(i => { i["name"] = "Leaving Adviser"; i["email"] = "leaving.adviser@advice.example"; });
        var free = await app.AddSlotAsync(adviser, FounderSteps.DaysAhead(4));
        var booking = await app.BookKeyAsync(FounderSteps.Booking(await app.AddSlotAsync(adviser, FounderSteps.DaysAhead(5)), Email, Name));
        await app.Smtp.WaitForAsync("leaving.adviser@advice.example");

        var export = await app.GraphQLAsync("query($id: ID!) { exportAdviser(id: $id) { json } }", new { id = adviser.Id }, adviser.Token);
        var json = export["data"]!["exportAdviser"]!["json"]!.GetValue<string>();
        Assert.Contains("leaving.adviser@advice.example", json, StringComparison.Ordinal);
        Assert.Contains(free, json, StringComparison.Ordinal);
        Assert.DoesNotContain(Email, json, StringComparison.Ordinal); // the founders' data are theirs, not the adviser's

        var deleted = await app.GraphQLAsync("mutation($id: ID!) { deleteAdviser(id: $id) { erasedAdviser { id } errors { code } } }", new { id = adviser.Id }, adviser.Token);
        Assert.Equal(adviser.Id, deleted["data"]!["deleteAdviser"]!["erasedAdviser"]!["id"]!.GetValue<string>());

        Assert.Empty(await app.PlacesHoldingAsync("leaving.adviser@advice.example"));
        Assert.Empty(await app.PlacesHoldingAsync("Leaving Adviser"));
        Assert.Empty(await app.FreeSlotIdsAsync());
        var told = (await app.Smtp.WaitForAsync(Email, 2))[1];
        Assert.StartsWith("Cancelled", told.Subject, StringComparison.Ordinal);
        var status = await app.GraphQLAsync("query($id: ID!) { exportBooking(id: $id) { json } }", new { id = booking.Id }, booking.Token);
        Assert.Contains("\"status\": \"Cancelled\"", status["data"]!["exportBooking"]!["json"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
