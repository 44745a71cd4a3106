using Marten;
using RolesBoard.Api.Founders.Advisers;
using RolesBoard.Api.Mail;

namespace RolesBoard.Api.Founders.Bookings;

/// <summary>
/// Everything a booking mails, queued in the caller's session so it commits with the booking or not at all. The
/// reminder and the outcome question wait in the outbox until their time (the delivery job sends what is due),
/// so they survive restarts and go out once; a cancellation or erasure withdraws whatever has not gone yet.
/// </summary>
public sealed class BookingMail(MailOutbox outbox, MailSettings settings, TimeProvider clock)
{
    // Kinds tell the scheduled messages (withdrawn on cancellation) from the immediate ones.
    public const string Confirmation = "founders-confirmation";
    public const string Reminder = "founders-reminder";
    public const string OutcomeQuestion = "founders-outcome-question";
    public const string Cancellation = "founders-cancellation";

    public void Booked(IDocumentSession session, Booking booking, Adviser adviser, string linkToken)
    {
        var invite = BookingCalendar.Request(booking, adviser, settings);
        var founderTime = BookingTimes.Describe(booking.SlotStart, BookingTimes.FounderZone(booking));
        var adviserTime = BookingTimes.Describe(booking.SlotStart, adviser.TimeZone);
        Queue(session, booking, Confirmation, booking.FounderEmail, $"Booked: an hour with {adviser.Name}, {founderTime}",
            BookingTexts.FounderConfirmation(booking, adviser, founderTime, ManageLink(booking, linkToken)), invite);
        Queue(session, booking, Confirmation, adviser.Email, $"New booking: {booking.FounderName}, {adviserTime}",
            BookingTexts.AdviserConfirmation(booking, adviserTime), invite);

        var reminderAt = booking.SlotStart - BookingRules.ReminderBefore;
        if (reminderAt > clock.GetUtcNow())
        {
            Queue(session, booking, Reminder, booking.FounderEmail, $"Tomorrow: your hour with {adviser.Name}",
                BookingTexts.Reminder(adviser.Name, founderTime, ManageLink(booking, linkToken)), at: reminderAt);
            Queue(session, booking, Reminder, adviser.Email, $"Tomorrow: your hour with {booking.FounderName}",
                BookingTexts.Reminder(booking.FounderName, adviserTime, null), at: reminderAt);
        }
        Queue(session, booking, OutcomeQuestion, booking.FounderEmail, "What happened after your founding-advice hour?",
            BookingTexts.OutcomeQuestion(adviser.Name, settings.Link($"/start/outcome/{booking.Id}?token={Uri.EscapeDataString(linkToken)}")),
            at: booking.SlotStart + BookingRules.OutcomeQuestionAfter);
    }

    public void Cancelled(IDocumentSession session, Booking booking, Adviser adviser, BookingParty by)
    {
        Withdraw(session, booking);
        var cancel = BookingCalendar.Cancel(booking, adviser, settings);
        var founderTime = BookingTimes.Describe(booking.SlotStart, BookingTimes.FounderZone(booking));
        var adviserTime = BookingTimes.Describe(booking.SlotStart, adviser.TimeZone);
        var byWhom = by == BookingParty.Founder ? booking.FounderName : adviser.Name;
        Queue(session, booking, Cancellation, booking.FounderEmail, $"Cancelled: your hour with {adviser.Name}, {founderTime}",
            BookingTexts.Cancellation(byWhom, founderTime, by == BookingParty.Adviser ? settings.Link($"/start?country={booking.Country}") : null), cancel);
        Queue(session, booking, Cancellation, adviser.Email, $"Cancelled: your hour with {booking.FounderName}, {adviserTime}",
            BookingTexts.Cancellation(byWhom, adviserTime, null), cancel);
    }

    /// <summary>The founder erased their data: their mail goes, sent or not; the adviser learns the hour is off, without a name.</summary>
    public void Erased(IDocumentSession session, Booking booking, Adviser? adviser, bool hourWasAhead)
    {
        session.HardDeleteWhere<OutgoingMail>(m => m.SubjectId == booking.Id);
        if (adviser is not null && hourWasAhead)
        {
            var adviserTime = BookingTimes.Describe(booking.SlotStart, adviser.TimeZone);
            outbox.Queue(session, new MailDraft(adviser.Email, $"Cancelled: your booking on {adviserTime}",
                BookingTexts.Cancellation("the founder", adviserTime, null), null, Cancellation, adviser.Id));
        }
    }

    /// <summary>The reminder and the outcome question are for an hour that will not happen now.</summary>
    /// <summary>
    /// The adviser erased their account: the founder of an upcoming hour is told without the adviser's name, and
    /// every earlier mail of the booking (which names the adviser) goes. Mail queued before <paramref name="erasing"/>
    /// only: Marten runs a session's deletions after its inserts, so the new notice must not match.
    /// </summary>
    public void AdviserLeft(IDocumentSession session, Booking booking, DateTimeOffset erasing, bool hourWasAhead)
    {
        session.HardDeleteWhere<OutgoingMail>(m => m.SubjectId == booking.Id && m.QueuedAt < erasing);
        if (hourWasAhead)
        {
            var founderTime = BookingTimes.Describe(booking.SlotStart, BookingTimes.FounderZone(booking));
            Queue(session, booking, Cancellation, booking.FounderEmail, $"Cancelled: your founding-advice hour, {founderTime}",
                BookingTexts.Cancellation("the adviser, who has left the founders' path", founderTime, settings.Link($"/start?country={booking.Country}")),
                BookingCalendar.Cancel(booking, null, settings));
        }
    }

    private static void Withdraw(IDocumentSession session, Booking booking) =>
        session.HardDeleteWhere<OutgoingMail>(m => m.SubjectId == booking.Id && m.SentAt == null && (m.Kind == Reminder || m.Kind == OutcomeQuestion));

    private void Queue(IDocumentSession session, Booking booking, string kind, string to, string subject, string text, MailPart? part = null, DateTimeOffset? at = null) =>
        outbox.Queue(session, new MailDraft(to, subject, text, null, kind, booking.Id, Parts: part is null ? null : [part], NotBefore: at));

    private string ManageLink(Booking booking, string linkToken) =>
        settings.Link($"/start/bookings/{booking.Id}?token={Uri.EscapeDataString(linkToken)}");
}
