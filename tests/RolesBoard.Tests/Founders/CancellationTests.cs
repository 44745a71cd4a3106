using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Founders;

[Collection(nameof(MailCollection))]
public sealed class CancellationTests(MailApp app) : IAsyncLifetime
{
    private const string Founder = "founder@found.example";
    private const string AdviserMail = "morag@advice.example";

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        app.Smtp.Clear();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task BothSidesGetAConfirmationWithACalendarRequestForTheSameEvent()
    {
        var adviser = await app.VerifiedAdviserAsync();
        var start = FounderSteps.DaysAhead(8, hourUtc: 14);
        var booking = await app.BookKeyAsync(FounderSteps.Booking(await app.AddSlotAsync(adviser, start, minutes: 45)));

        var toFounder = CalendarParts.Read(Assert.Single(await app.Smtp.WaitForAsync(Founder)));
        var toAdviser = CalendarParts.Read(Assert.Single(await app.Smtp.WaitForAsync(AdviserMail)));

        foreach (var invite in new[] { toFounder, toAdviser })
        {
            Assert.Equal("REQUEST", invite.Method);
            Assert.Equal("REQUEST", invite.ContentTypeMethod);
            Assert.Equal($"booking-{Guid.Parse(booking.Id):N}@rolesboard.test", invite.Event.Uid);
            Assert.Equal(start.UtcDateTime, invite.Event.Start!.AsUtc);
            Assert.Equal(start.AddMinutes(45).UtcDateTime, invite.Event.End!.AsUtc);
            Assert.Equal([Founder, AdviserMail], invite.Event.Attendees.Select(a => a.Value!.ToString().Replace("mailto:", "")));
        }
    }

    [Fact]
    public async Task AFounderCancellingFreesTheSlotAndSendsBothSidesACalendarCancel()
    {
        var adviser = await app.VerifiedAdviserAsync();
        var slot = await app.AddSlotAsync(adviser, FounderSteps.DaysAhead(6));
        var booking = await app.BookKeyAsync(FounderSteps.Booking(slot));
        var request = CalendarParts.Read(Assert.Single(await app.Smtp.WaitForAsync(AdviserMail)));

        var cancelled = await app.CancelAsync(booking.Id, booking.Token);

        Assert.Equal("CANCELLED", cancelled["booking"]!["status"]!.GetValue<string>());
        Assert.Equal("FOUNDER", cancelled["booking"]!["cancelledBy"]!.GetValue<string>());
        Assert.Equal([slot], await app.FreeSlotIdsAsync());
        var notice = (await app.Smtp.WaitForAsync(AdviserMail, 2))[1];
        Assert.StartsWith("Cancelled", notice.Subject, StringComparison.Ordinal);
        Assert.Contains("cancelled by Femi Founder", notice.TextBody, StringComparison.Ordinal);
        var cancel = CalendarParts.Read(notice);
        Assert.Equal("CANCEL", cancel.Method);
        Assert.Equal(request.Event.Uid, cancel.Event.Uid);
        Assert.True(cancel.Event.Sequence > request.Event.Sequence);
        Assert.Equal("CANCEL", CalendarParts.Read((await app.Smtp.WaitForAsync(Founder, 2))[1]).Method);
    }

    [Fact]
    public async Task TheAdviserCanCancelAndTheFreedSlotCanBeBookedAgain()
    {
        var adviser = await app.VerifiedAdviserAsync();
        var other = await app.VerifiedAdviserAsync(i => { i["name"] = "Other"; i["email"] = "other@advice.example"; });
        var slot = await app.AddSlotAsync(adviser, FounderSteps.DaysAhead(6));
        var booking = await app.BookKeyAsync(FounderSteps.Booking(slot));

        Assert.Equal(["FORBIDDEN"], (await app.CancelAsync(booking.Id, other.Token)).Codes());
        Assert.Equal(["UNAUTHENTICATED"], (await app.CancelAsync(booking.Id, null)).Codes());
        var cancelled = await app.CancelAsync(booking.Id, adviser.Token);
        Assert.Equal("ADVISER", cancelled["booking"]!["cancelledBy"]!.GetValue<string>());
        var told = (await app.Smtp.WaitForAsync(Founder, 2))[1];
        Assert.Contains("cancelled by Morag Adviser", told.TextBody, StringComparison.Ordinal);
        Assert.Contains("/start?country=GB", told.TextBody, StringComparison.Ordinal);

        var again = await app.BookKeyAsync(FounderSteps.Booking(slot, "second@found.example", "Second Founder"));
        Assert.NotEqual(booking.Id, again.Id);
        Assert.Empty(await app.FreeSlotIdsAsync());
        // Cancelling twice changes nothing and sends nothing more.
        Assert.Equal("CANCELLED", (await app.CancelAsync(booking.Id, booking.Token))["booking"]!["status"]!.GetValue<string>());
    }
}
