using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Founders;

[Collection(nameof(MailCollection))]
public sealed class BookingTests(MailApp app) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        app.Smtp.Clear();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ABookingNeedsAWrittenBriefAndReturnsATokenOnce()
    {
        var adviser = await app.VerifiedAdviserAsync();
        var slot = await app.AddSlotAsync(adviser, FounderSteps.DaysAhead(5));

        var noBrief = await app.BookAsync(new { slotId = slot, name = "Femi\r\nBcc: victim@example.org", email = "femi@found.example", country = "GB", brief = "Help?" });
        Assert.Equal(["INVALID_TEXT", "TOO_SHORT"], noBrief.Codes());
        Assert.Null(noBrief["token"]);

        var booked = await app.BookAsync(FounderSteps.Booking(slot));
        Assert.Empty(booked.Codes());
        Assert.StartsWith("rbb_", booked["token"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("BOOKED", booked["booking"]!["status"]!.GetValue<string>());
        Assert.Null(booked["booking"]!["brief"]); // the founder wrote it; only the adviser reads it back
        Assert.Empty(await app.FreeSlotIdsAsync());
    }

    [Fact]
    public async Task ManyFoundersPressingTheButtonTogetherBookTheSlotOnce()
    {
        var adviser = await app.VerifiedAdviserAsync();
        var slot = await app.AddSlotAsync(adviser, FounderSteps.DaysAhead(4));

        var attempts = Enumerable.Range(0, 16).Select(i => app.BookAsync(FounderSteps.Booking(slot, $"racer{i}@found.example", $"Racer {i}")));
        var payloads = await Task.WhenAll(attempts);

        Assert.Single(payloads, p => p.Codes().Length == 0);
        Assert.All(payloads.Where(p => p.Codes().Length > 0), p => Assert.Equal(["SLOT_TAKEN"], p.Codes()));
        var bookings = await app.GraphQLAsync("query($id: ID!) { bookings(adviserId: $id) { status } }", new { id = adviser.Id }, adviser.Token);
        Assert.Single(bookings["data"]!["bookings"]!.AsArray());
        // Mail for the one booking (founder and adviser), none for the losers, whose transactions rolled back.
        var winner = payloads.Single(p => p.Codes().Length == 0)["booking"]!["founderName"]!.GetValue<string>();
        await app.Smtp.WaitForAsync("morag@advice.example");
        await Task.Delay(TimeSpan.FromSeconds(2)); // a stray loser's mail would have arrived by now
        Assert.Single(app.Smtp.To("morag@advice.example"));
        var founderMail = Assert.Single(app.Smtp.Received, m => m.To.Mailboxes.Single().Address.StartsWith("racer", StringComparison.Ordinal));
        Assert.Contains(winner, founderMail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyTheBookedAdviserReadsTheBrief()
    {
        var adviser = await app.VerifiedAdviserAsync();
        var other = await app.VerifiedAdviserAsync(i => { i["name"] = "Other Adviser"; i["email"] = "other@advice.example"; });
        var booking = await app.BookKeyAsync(FounderSteps.Booking(await app.AddSlotAsync(adviser, FounderSteps.DaysAhead(3))));

        var own = await app.GraphQLAsync("query($id: ID!) { bookings(adviserId: $id) { id brief founderName founderEmail } }", new { id = adviser.Id }, adviser.Token);
        Assert.Equal(FounderSteps.Brief, own["data"]!["bookings"]![0]!["brief"]!.GetValue<string>());
        Assert.Equal("founder@found.example", own["data"]!["bookings"]![0]!["founderEmail"]!.GetValue<string>());

        foreach (var token in new[] { other.Token, booking.Token, RolesBoardApp.AdminKey })
        {
            var refused = await app.GraphQLAsync("query($id: ID!) { bookings(adviserId: $id) { brief } }", new { id = adviser.Id }, token);
            Assert.Equal("FORBIDDEN", refused.ErrorCode());
            Assert.DoesNotContain("laid off", refused.ToJsonString(), StringComparison.Ordinal);
        }
        var cancelled = await app.GraphQLAsync("mutation($id: ID!) { cancelBooking(id: $id) { booking { brief founderEmail } } }", new { id = booking.Id }, booking.Token);
        Assert.Null(cancelled["data"]!["cancelBooking"]!["booking"]!["brief"]);
        // The brief goes by mail to the adviser alone.
        var mails = await app.Smtp.WaitForAsync("morag@advice.example", 2);
        Assert.Contains(mails, m => m.TextBody?.Contains(FounderSteps.Brief, StringComparison.Ordinal) == true);
        Assert.All(app.Smtp.To("founder@found.example"), m => Assert.DoesNotContain(FounderSteps.Brief, m.TextBody ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BookingsOfAnUnverifiedAdviserOrAPastSlotAreRefused()
    {
        var registered = await app.RegisterAdviserAsync(FounderSteps.Adviser());
        var unverified = new FounderSteps.AdviserKey(registered["adviser"]!["id"]!.GetValue<string>(), registered["token"]!.GetValue<string>());
        var slot = await app.AddSlotAsync(unverified, FounderSteps.DaysAhead(3));
        Assert.Equal(["NOT_FOUND"], (await app.BookAsync(FounderSteps.Booking(slot))).Codes());
        Assert.Equal(["NOT_FOUND"], (await app.BookAsync(FounderSteps.Booking(Guid.NewGuid().ToString()))).Codes());
    }

    [Fact]
    public async Task OneAddressCannotHoardTheHours()
    {
        var adviser = await app.VerifiedAdviserAsync();
        for (var day = 2; day < 5; day++)
        {
            await app.BookKeyAsync(FounderSteps.Booking(await app.AddSlotAsync(adviser, FounderSteps.DaysAhead(day))));
        }
        var fourth = await app.BookAsync(FounderSteps.Booking(await app.AddSlotAsync(adviser, FounderSteps.DaysAhead(6))));
        Assert.Equal(["TOO_MANY_BOOKINGS"], fourth.Codes());
    }
}
