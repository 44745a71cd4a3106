using Marten;
using RolesBoard.Api.Founders.Advisers;

namespace RolesBoard.Api.Founders.Bookings;

/// <summary>An adviser's bookings, briefs included, soonest first; only with the adviser's token.</summary>
public sealed class AdviserBookings(IQuerySession session, AdviserAccess access)
{
    public async Task<IReadOnlyList<BookingView>> ListAsync(Guid adviserId, CancellationToken cancellationToken)
    {
        var adviser = await access.OwnOrThrowAsync(adviserId, "bookings", cancellationToken);
        var bookings = await session.Query<Booking>().Where(b => b.AdviserId == adviser.Id)
            .OrderBy(b => b.SlotStart).Take(500).ToListAsync(cancellationToken);
        return bookings.Select(BookingView.ForAdviser).ToList();
    }
}
