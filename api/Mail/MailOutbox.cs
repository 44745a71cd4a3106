using Marten;

namespace RolesBoard.Api.Mail;

/// <summary>
/// Queues mail in the caller's session: the message is committed with the change that causes it, or not at all.
/// </summary>
public sealed class MailOutbox(TimeProvider clock)
{
    /// <summary>Stores the message in <paramref name="session"/>; the caller's SaveChangesAsync commits both.</summary>
    public OutgoingMail Queue(IDocumentOperations session, MailDraft draft)
    {
        var now = clock.GetUtcNow();
        var mail = new OutgoingMail
        {
            Id = Guid.NewGuid(),
            To = draft.To,
            Subject = draft.Subject,
            Text = draft.Text,
            Html = draft.Html,
            Headers = new Dictionary<string, string>(draft.Headers ?? new Dictionary<string, string>()),
            Parts = [.. draft.Parts ?? []],
            Kind = draft.Kind,
            SubjectId = draft.SubjectId,
            QueuedAt = now,
            NextAttemptAt = draft.NotBefore is { } later && later > now ? later : now,
        };
        session.Store(mail);
        return mail;
    }
}

/// <summary>What a feature wants sent; <see cref="MailOutbox"/> turns it into an <see cref="OutgoingMail"/>.
/// <see cref="NotBefore"/> holds a message in the outbox until then (a reminder, a follow-up).</summary>
public sealed record MailDraft(
    string To,
    string Subject,
    string Text,
    string? Html,
    string Kind,
    Guid? SubjectId = null,
    IReadOnlyDictionary<string, string>? Headers = null,
    IReadOnlyList<MailPart>? Parts = null,
    DateTimeOffset? NotBefore = null);
