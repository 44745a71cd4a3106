namespace RolesBoard.Api.Founders.Bookings;

/// <summary>A booking as one side sees it: only the booked adviser reads the brief and the founder's address.</summary>
public sealed record BookingView(Booking Booking, BookingParty Viewer)
{
    public static BookingView ForFounder(Booking booking) => new(booking, BookingParty.Founder);

    public static BookingView ForAdviser(Booking booking) => new(booking, BookingParty.Adviser);

    public static BookingView For(Booking booking, BookingParty viewer) => new(booking, viewer);

    public bool SeenByAdviser => Viewer == BookingParty.Adviser;
}
