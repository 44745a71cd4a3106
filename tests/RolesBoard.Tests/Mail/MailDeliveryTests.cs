using Marten;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using RolesBoard.Api.Mail;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Mail;

[Collection(nameof(MailCollection))]
public sealed class MailDeliveryTests(MailApp app) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        app.Smtp.Refusing = false;
        app.Smtp.Holding = TimeSpan.Zero;
        app.Smtp.Clear();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<OutgoingMail> QueueAsync(MailDraft draft, bool commit = true)
    {
        var outbox = app.Services.GetRequiredService<MailOutbox>();
        await using var session = app.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        var mail = outbox.Queue(session, draft);
        if (commit)
        {
            await session.SaveChangesAsync();
        }
        return mail;
    }

    private static MailDraft Draft(string to, IReadOnlyDictionary<string, string>? headers = null, IReadOnlyList<MailPart>? parts = null) =>
        new(to, "Hello", $"Plain text with a link {MailApp.PublicUrl}/confirm?token=abc", "<p>Hello <b>there</b></p>", "test", null, headers, parts);

    [Fact]
    public async Task QueuedMailIsSentThroughSmtpWithTextHtmlAndExtraHeaders()
    {
        var mail = await QueueAsync(Draft("ana@example.org", new Dictionary<string, string> { ["List-Unsubscribe"] = "<https://rolesboard.test/unsubscribe?token=x>" }));

        var received = Assert.Single(await app.Smtp.WaitForAsync("ana@example.org"));
        Assert.Equal("jobs@rolesboard.test", received.From.Mailboxes.Single().Address);
        Assert.Equal("Hello", received.Subject);
        Assert.Contains("/confirm?token=abc", received.TextBody, StringComparison.Ordinal);
        Assert.Contains("<b>there</b>", received.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("<https://rolesboard.test/unsubscribe?token=x>", received.Headers["List-Unsubscribe"]);
        Assert.Equal($"{mail.Id:N}@rolesboard.test", received.MessageId);
    }

    [Fact]
    public async Task ExtraPartsTravelBesideTheTextAsCalendarInvitationsExpect()
    {
        var calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
        await QueueAsync(Draft("founder@example.org", parts: [new MailPart("text/calendar; method=REQUEST; charset=utf-8", calendar, "invite.ics", Alternative: true)]));

        var received = Assert.Single(await app.Smtp.WaitForAsync("founder@example.org"));
        var part = received.BodyParts.OfType<TextPart>().Single(p => p.ContentType.MimeType == "text/calendar");
        Assert.Equal("REQUEST", part.ContentType.Parameters["method"]);
        Assert.Contains("METHOD:REQUEST", part.Text, StringComparison.Ordinal);
        Assert.NotNull(received.TextBody);
    }

    [Fact]
    public async Task MailOfAChangeThatWasNotSavedIsNeverSent()
    {
        await QueueAsync(Draft("rolled-back@example.org"), commit: false);
        await QueueAsync(Draft("saved@example.org"));

        await app.Smtp.WaitForAsync("saved@example.org");
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Empty(app.Smtp.To("rolled-back@example.org"));
    }

    [Fact]
    public async Task AMessageRefusedForAWhileIsRetriedAndArrivesOnceWithItsMessageId()
    {
        app.Smtp.Refusing = true;
        var mail = await QueueAsync(Draft("retry@example.org"));
        var store = app.Services.GetRequiredService<IDocumentStore>();
        await WaitUntilAsync(async () =>
        {
            await using var query = store.QuerySession();
            return (await query.LoadAsync<OutgoingMail>(mail.Id))!.Attempts > 0;
        });
        // Bring the retry forward rather than wait out the backoff.
        app.Smtp.Refusing = false;
        await using (var session = store.LightweightSession())
        {
            var queued = (await session.LoadAsync<OutgoingMail>(mail.Id))!;
            queued.NextAttemptAt = DateTimeOffset.UtcNow;
            session.Update(queued);
            await session.SaveChangesAsync();
        }

        var received = Assert.Single(await app.Smtp.WaitForAsync("retry@example.org"));
        Assert.Equal($"{mail.Id:N}@rolesboard.test", received.MessageId);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(app.Smtp.To("retry@example.org"));
    }

    [Fact]
    public async Task DrainsStartedTogetherSendEachMessageOnce()
    {
        var outbox = app.Services.GetRequiredService<MailOutbox>();
        await using (var session = app.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            for (var i = 0; i < 40; i++)
            {
                outbox.Queue(session, Draft($"together{i}@example.org"));
            }
            await session.SaveChangesAsync();
        }

        // Beside the scheduled firing, on-demand drains (as tests and the bench call) run at the same moment.
        var job = app.Services.GetRequiredService<MailDeliveryJob>();
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => job.SendDueAsync(CancellationToken.None))));
        await Task.Delay(TimeSpan.FromSeconds(2));

        for (var i = 0; i < 40; i++)
        {
            Assert.Single(app.Smtp.To($"together{i}@example.org"));
        }
    }

    [Fact]
    public async Task AMessageErasedWhileTheOneBeforeItIsBeingSentIsNeverSent()
    {
        app.Smtp.Holding = TimeSpan.FromSeconds(3);
        var erasedSubject = Guid.NewGuid();
        var outbox = app.Services.GetRequiredService<MailOutbox>();
        var store = app.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            // One batch: the first is due before the second, so the drain holds the second while the server holds the first.
            outbox.Queue(session, Draft("first@example.org") with { NotBefore = DateTimeOffset.UtcNow.AddMinutes(-2) });
            outbox.Queue(session, Draft("erased@example.org") with { SubjectId = erasedSubject, NotBefore = DateTimeOffset.UtcNow.AddMinutes(-1) });
            await session.SaveChangesAsync();
        }
        await WaitUntilAsync(() => Task.FromResult(app.Smtp.Taking > 0));

        // Its subject erases their data (as deleteProfile and eraseBooking do) while the first is still with the server.
        await using (var session = store.LightweightSession())
        {
            session.HardDeleteWhere<OutgoingMail>(m => m.SubjectId == erasedSubject);
            await session.SaveChangesAsync();
        }
        app.Smtp.Holding = TimeSpan.Zero; // were the second sent after all, it would arrive at once

        await app.Smtp.WaitForAsync("first@example.org");
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Empty(app.Smtp.To("erased@example.org"));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(100);
        }
    }
}
