using Marten;
using RolesBoard.Api.Auth;
using RolesBoard.Api.Founders.Advisers;
using RolesBoard.Api.Founders.Slots;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Founders.Bookings;

/// <summary>Founders book a free slot with a brief; either side cancels; the founder says later what happened.</summary>
public sealed class BookingDesk(IDocumentSession session, BookingAccess access, BookingMail mail, TimeProvider clock)
{
    public async Task<Payload<BookingView>> BookAsync(BookAdviceInput input, CancellationToken cancellationToken)
    {
        var (details, check) = BookingRules.Check(input);
        var slot = Guid.TryParse(input.SlotId, out var slotId) ? await session.LoadAsync<AdviceSlot>(slotId, cancellationToken) : null;
        var adviser = slot is null ? null : await session.LoadAsync<Adviser>(slot.AdviserId, cancellationToken);
        var now = clock.GetUtcNow();
        if (slot is null || adviser is not { Verified: true } || slot.Start <= now)
        {
            return Payload<BookingView>.Fail("input.slotId", "NOT_FOUND", "No free slot has that id.");
        }
        if (details is null)
        {
            return Payload<BookingView>.Fail(check.Errors);
        }
        if (slot.BookingId is not null)
        {
            return SlotTaken();
        }
        var held = await session.Query<Booking>().CountAsync(b => b.FounderEmail == details.Email && b.ActiveSlotId != null && b.SlotStart > now, cancellationToken);
        if (held >= BookingRules.MaxActivePerEmail)
        {
            return Payload<BookingView>.Fail("input.email", "TOO_MANY_BOOKINGS", $"One address can hold at most {BookingRules.MaxActivePerEmail} upcoming bookings; cancel one first.");
        }
        var token = Secrets.New("rbb");
        var linkToken = Secrets.New("rbl");
        var booking = new Booking
        {
            Id = Guid.NewGuid(), SlotId = slot.Id, ActiveSlotId = slot.Id, AdviserId = adviser.Id, SlotStart = slot.Start, Minutes = slot.Minutes,
            FounderName = details.Name, FounderEmail = details.Email, Country = details.Country, Brief = details.Brief, TeamSize = details.TeamSize,
            BookedAt = now, TokenHash = Secrets.Hash(token), LinkTokenHashes = [Secrets.Hash(linkToken)],
        };
        slot.BookingId = booking.Id;
        session.Insert(booking);
        session.Store(slot);
        mail.Booked(session, booking, adviser, linkToken);
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (UniqueViolation.Is(e))
        {
            return SlotTaken();
        }
        return Payload<BookingView>.Ok(BookingView.ForFounder(booking), token);
    }

    public async Task<Payload<BookingView>> CancelAsync(Guid id, CancellationToken cancellationToken, string? token = null)
    {
        var acting = await access.ResolveAsync(id, "cancelBooking", adviserMay: true, cancellationToken, token);
        if (acting.Booking is not { } booking)
        {
            return Payload<BookingView>.Fail([acting.Error!]);
        }
        if (booking.Status == BookingStatus.Booked)
        {
            await FreeSlotAsync(booking, cancellationToken);
            booking.Status = BookingStatus.Cancelled;
            booking.CancelledBy = acting.Party;
            booking.CancelledAt = clock.GetUtcNow();
            session.Store(booking);
            if (await session.LoadAsync<Adviser>(booking.AdviserId, cancellationToken) is { } adviser)
            {
                mail.Cancelled(session, booking, adviser, acting.Party!.Value);
            }
            await session.SaveChangesAsync(cancellationToken);
        }
        return Payload<BookingView>.Ok(BookingView.For(booking, acting.Party!.Value));
    }

    public async Task<Payload<BookingView>> RecordOutcomeAsync(Guid id, FoundingOutcome outcome, CancellationToken cancellationToken, string? token = null)
    {
        var acting = await access.ResolveAsync(id, "recordFoundingOutcome", adviserMay: false, cancellationToken, token);
        if (acting.Booking is not { } booking)
        {
            return Payload<BookingView>.Fail([acting.Error!]);
        }
        if (booking.Status != BookingStatus.Booked || booking.SlotStart > clock.GetUtcNow())
        {
            return Payload<BookingView>.Fail("id", "NOT_YET", "An outcome is recorded after the hour has taken place.");
        }
        booking.Outcome = outcome;
        booking.OutcomeRecordedAt = clock.GetUtcNow();
        session.Store(booking);
        await session.SaveChangesAsync(cancellationToken);
        return Payload<BookingView>.Ok(BookingView.ForFounder(booking));
    }

    /// <summary>Queues the slot's release (it is bookable again once the caller saves); the booking lets go of it too.</summary>
    internal async Task FreeSlotAsync(Booking booking, CancellationToken cancellationToken)
    {
        booking.ActiveSlotId = null;
        if (await session.LoadAsync<AdviceSlot>(booking.SlotId, cancellationToken) is { } slot && slot.BookingId == booking.Id)
        {
            slot.BookingId = null;
            session.Store(slot);
        }
    }

    private static Payload<BookingView> SlotTaken() =>
        Payload<BookingView>.Fail("input.slotId", "SLOT_TAKEN", "Someone booked that slot just before you; please choose another.");
}
