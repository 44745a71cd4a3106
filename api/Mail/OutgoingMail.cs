namespace RolesBoard.Api.Mail;

/// <summary>
/// One message in the outbox: written in the same Marten session (and so the same transaction) as the change that
/// causes it, sent later by <see cref="MailDeliveryJob"/>. Its id is the Message-Id, so a message sent again after
/// a crash between sending and marking it sent is recognisably the same message.
/// </summary>
public sealed class OutgoingMail
{
    public Guid Id { get; set; }
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Text { get; set; } = "";
    public string? Html { get; set; }
    /// <summary>Extra headers, e.g. List-Unsubscribe.</summary>
    public Dictionary<string, string> Headers { get; set; } = [];
    /// <summary>Extra MIME parts, e.g. a text/calendar invitation.</summary>
    public List<MailPart> Parts { get; set; } = [];
    /// <summary>What the mail is for ("confirm-email", "alert", ...), for metrics and logs.</summary>
    public string Kind { get; set; } = "";
    /// <summary>The seeker (or other person) it concerns, so erasure can remove their pending mail.</summary>
    public Guid? SubjectId { get; set; }

    public DateTimeOffset QueuedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    /// <summary>Given up on after too many failures; kept for the record, never retried.</summary>
    public bool Abandoned { get; set; }
}

/// <summary>
/// An extra MIME part. <see cref="Alternative"/> puts it beside the text and HTML (as calendar invitations
/// expect, text/calendar; method=REQUEST); otherwise it is an attachment named <see cref="FileName"/>.
/// </summary>
public sealed record MailPart(string ContentType, string Content, string? FileName = null, bool Alternative = false);
