using Ical.Net;
using Ical.Net.CalendarComponents;
using MimeKit;

namespace RolesBoard.Tests.Founders;

/// <summary>Reads the text/calendar part of a received message with Ical.Net, as a calendar client would.</summary>
public static class CalendarParts
{
    public sealed record Invite(string Method, CalendarEvent Event, string ContentTypeMethod);

    public static Invite Read(MimeMessage message)
    {
        var part = Assert.Single(message.BodyParts.OfType<TextPart>(), p => p.ContentType.MimeType == "text/calendar");
        var calendar = Calendar.Load(part.Text)!;
        return new Invite(calendar.Method!, Assert.Single(calendar.Events), part.ContentType.Parameters["method"] ?? "");
    }
}
