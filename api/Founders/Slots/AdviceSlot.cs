namespace RolesBoard.Api.Founders.Slots;

/// <summary>
/// An hour (or so) an adviser offers. Its id is derived from the adviser and the start, so adding the same slot
/// twice is one slot. <see cref="BookingId"/> mirrors the active booking for listing; the guarantee that a slot
/// is booked at most once is the unique index on <c>Booking.ActiveSlotId</c>, in PostgreSQL.
/// </summary>
public sealed class AdviceSlot
{
    public Guid Id { get; set; }
    public Guid AdviserId { get; set; }
    /// <summary>The start in UTC; shown in whatever zone the reader asks for.</summary>
    public DateTimeOffset Start { get; set; }
    public int Minutes { get; set; }
    public Guid? BookingId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
