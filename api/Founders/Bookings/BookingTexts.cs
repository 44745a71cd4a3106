namespace RolesBoard.Api.Founders.Bookings;

/// <summary>The words of a booking's mail, plain text (no HTML, so nothing a founder writes can become markup).</summary>
public static class BookingTexts
{
    public static string FounderConfirmation(Booking booking, Advisers.Adviser adviser, string when, string manageLink) => $"""
        Hello {booking.FounderName},

        You have booked an hour with {adviser.Name}, {when}, for {booking.Minutes} minutes.
        The calendar invitation is attached; {adviser.Name} has your brief and will write with a call link.

        To cancel, or to see, export or erase what we hold about you: {manageLink}

        The founders' path is run by volunteers from the co-operative movement. Their advice is a starting point,
        not legal advice.
        """;

    public static string AdviserConfirmation(Booking booking, string when) => $"""
        {booking.FounderName} ({booking.FounderEmail}) has booked your slot {when}, for {booking.Minutes} minutes.
        Country: {booking.Country}{(booking.TeamSize is { } size ? $"; group of {size}" : "")}.

        Their brief:

        {booking.Brief}

        Please write to them with a call link. To cancel, use cancelBooking with your adviser token; they will be told.
        """;

    public static string Reminder(string withWhom, string when, string? manageLink) => $"""
        A reminder: your founding-advice hour with {withWhom} is {when}.
        {(manageLink is null ? "" : $"If you can no longer come, please cancel so someone else can have the hour: {manageLink}")}
        """;

    public static string Cancellation(string byWhom, string when, string? rebookLink) => $"""
        The founding-advice hour {when} has been cancelled by {byWhom}. The slot is free again.
        {(rebookLink is null ? "" : $"You can book another hour here: {rebookLink}")}
        """;

    public static string OutcomeQuestion(string adviserName, string outcomeLink) => $"""
        Four weeks ago you talked with {adviserName} about founding a co-op. What happened?
        One click, no login: {outcomeLink}

        Answers are only ever counted together (formed, forming, joined a co-op, not now), never shown one by one.
        """;
}
