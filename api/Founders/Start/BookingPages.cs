using RolesBoard.Api.Founders.Advisers;
using RolesBoard.Api.Founders.Bookings;
using RolesBoard.Api.Pages;

namespace RolesBoard.Api.Founders.Start;

/// <summary>The pages after booking: the confirmation, the founder's own page (cancel, export, erase) and the outcome question.</summary>
public static class BookingPages
{
    public static Html Confirmation(Booking booking, Adviser adviser, TimeZoneInfo zone, string manageUrl) => Layout.Page("Booked", main =>
    {
        main.Open("div", ("role", "status"), ("id", "confirmation"))
            .Element("h1", "Your hour is booked")
            .Element("p", $"{adviser.Name}, {StartPage.Describe(booking.SlotStart, zone)} ({zone.Id}), for {booking.Minutes} minutes.")
            .Close("div");
        main.Element("p", $"We have sent a confirmation with a calendar invitation to {booking.FounderEmail}; {adviser.Name} has your brief and will write with a call link.");
        main.Open("p").Text("Keep this link: it is how you cancel, or see and erase what we hold about you. ")
            .Element("a", "Your booking", ("href", manageUrl), ("id", "manage")).Close("p");
    }, head => head.Raw(StartPage.Style));

    public static Html Manage(Booking booking, Adviser? adviser, string token, string? message) => Layout.Page("Your booking", main =>
    {
        main.Element("h1", "Your booking");
        if (message is not null)
        {
            main.Element("p", message, ("role", "status"), ("class", "notice"));
        }
        var zone = Geography.TimeZones.Find(BookingTimes.FounderZone(booking)) ?? TimeZoneInfo.Utc;
        main.Element("p", $"With {adviser?.Name ?? "an adviser"}, {StartPage.Describe(booking.SlotStart, zone)} ({zone.Id}), {booking.Minutes} minutes. Status: {booking.Status.ToString().ToLowerInvariant()}.");
        if (booking.Status == BookingStatus.Booked)
        {
            Button(main, $"/start/bookings/{booking.Id}/cancel", token, "Cancel this hour");
        }
        Button(main, $"/start/bookings/{booking.Id}/export", token, "Download what we hold about me (JSON)");
        Button(main, $"/start/bookings/{booking.Id}/erase", token, "Erase what we hold about me");
    }, head => head.Raw(StartPage.Style));

    public static Html Outcome(Booking booking, string token, bool recorded) => Layout.Page("What happened?", main =>
    {
        main.Element("h1", "What happened after your hour?");
        if (recorded)
        {
            main.Element("p", "Thank you: your answer is counted with everyone else's, never shown on its own.", ("role", "status"), ("id", "thanks"));
            return;
        }
        main.Open("form", ("method", "post"), ("action", $"/start/outcome/{booking.Id}"), ("class", "stack"))
            .Open("input", ("type", "hidden"), ("name", "token"), ("value", token))
            .Open("fieldset").Element("legend", "Our group has…");
        foreach (var (value, label) in new[] { ("FORMED", "formed a co-op"), ("FORMING", "started forming one"), ("JOINED_A_COOP", "joined an existing co-op"), ("NOT_NOW", "decided not now") })
        {
            main.Open("div", ("class", "slot")).Open("input", ("type", "radio"), ("name", "outcome"), ("id", value), ("value", value), ("required", "required"))
                .Element("label", label, ("for", value)).Close("div");
        }
        main.Raw("</fieldset><button type=\"submit\">Send</button></form>");
    }, head => head.Raw(StartPage.Style));

    public static Html Message(string title, string text) => Layout.Page(title, main => main.Element("h1", title).Element("p", text));

    private static void Button(Html html, string action, string token, string label) =>
        html.Open("form", ("method", "post"), ("action", action))
            .Open("input", ("type", "hidden"), ("name", "token"), ("value", token))
            .Element("button", label, ("type", "submit")).Close("form");
}
