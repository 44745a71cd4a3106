using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using RolesBoard.Api.Founders.Advisers;
using RolesBoard.Api.Mail;

namespace RolesBoard.Api.Founders.Bookings;

/// <summary>
/// The iCalendar part of a booking's mail (RFC 5546): a REQUEST when booked and a CANCEL when cancelled, with one
/// UID per booking so calendars update the same event, and a higher SEQUENCE for the cancellation.
/// </summary>
public static class BookingCalendar
{
    public static MailPart Request(Booking booking, Adviser adviser, MailSettings settings) =>
        Part(booking, adviser, settings, CalendarMethods.Request, "CONFIRMED", sequence: 0);

    /// <summary>The cancellation; without an adviser (one who has erased their account) it names only the founder.</summary>
    public static MailPart Cancel(Booking booking, Adviser? adviser, MailSettings settings) =>
        Part(booking, adviser, settings, CalendarMethods.Cancel, "CANCELLED", sequence: 1);

    public static string Uid(Booking booking, MailSettings settings) => $"booking-{booking.Id:N}@{settings.PublicUrl.Host}";

    private static MailPart Part(Booking booking, Adviser? adviser, MailSettings settings, string method, string status, int sequence)
    {
        var hour = new CalendarEvent
        {
            Uid = Uid(booking, settings),
            Sequence = sequence,
            DtStamp = new CalDateTime(booking.BookedAt.UtcDateTime),
            Start = new CalDateTime(booking.SlotStart.UtcDateTime),
            End = new CalDateTime(booking.SlotStart.AddMinutes(booking.Minutes).UtcDateTime),
            Summary = adviser is null ? $"Co-op founding advice with {booking.FounderName}" : $"Co-op founding advice: {adviser.Name} with {booking.FounderName}",
            Description = "An adviser's hour from the RolesBoard founders' path. The adviser will send a call link.",
            Status = status,
            Organizer = new Organizer($"mailto:{settings.From.Address}") { CommonName = "RolesBoard" },
        };
        hour.Attendees.Add(Attendee(booking.FounderEmail, booking.FounderName));
        if (adviser is not null)
        {
            hour.Attendees.Add(Attendee(adviser.Email, adviser.Name));
        }
        var calendar = new Calendar { Method = method };
        calendar.Events.Add(hour);
        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return new MailPart($"text/calendar; charset=utf-8; method={method}", text, FileName: "invite.ics", Alternative: true);
    }

    private static Attendee Attendee(string email, string name) => new($"mailto:{email}")
    {
        CommonName = name,
        Role = ParticipationRole.RequiredParticipant,
        ParticipationStatus = EventParticipationStatus.Accepted,
    };
}
