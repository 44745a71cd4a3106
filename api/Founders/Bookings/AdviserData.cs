using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Marten;
using RolesBoard.Api.Founders.Advisers;
using RolesBoard.Api.Founders.Slots;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Mail;

namespace RolesBoard.Api.Founders.Bookings;

/// <summary>
/// An adviser's own right of access and erasure (their token). The export holds their registration, slots and the
/// times of their bookings, not the founders' data; erasure cancels upcoming hours (founders are told), removes
/// the slots and every mail addressed to them, and deletes the adviser.
/// </summary>
public sealed class AdviserData(IDocumentSession session, AdviserAccess access, BookingMail mail, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    public async Task<AdviserExport> ExportAsync(Guid id, CancellationToken cancellationToken)
    {
        var adviser = await access.OwnOrThrowAsync(id, "exportAdviser", cancellationToken);
        var held = JsonSerializer.SerializeToNode(adviser, Json)!.AsObject();
        held["tokenHash"] = "held only as a SHA-256 hash of your token";
        var slots = await session.Query<AdviceSlot>().Where(s => s.AdviserId == id).OrderBy(s => s.Start).ToListAsync(cancellationToken);
        var bookings = await session.Query<Booking>().Where(b => b.AdviserId == id).OrderBy(b => b.SlotStart).ToListAsync(cancellationToken);
        var document = new JsonObject
        {
            ["exportedAt"] = clock.GetUtcNow(),
            ["adviser"] = held,
            ["slots"] = JsonSerializer.SerializeToNode(slots, Json),
            ["bookings"] = JsonSerializer.SerializeToNode(bookings.Select(b => new { b.Id, b.SlotStart, b.Minutes, b.Status }), Json),
        };
        return new AdviserExport(adviser.Id, document.ToJsonString(Json));
    }

    public async Task<Payload<ErasedAdviser>> EraseAsync(Guid id, CancellationToken cancellationToken)
    {
        var owned = await access.OwnAsync(id, "deleteAdviser", cancellationToken);
        if (owned.Adviser is not { } adviser)
        {
            return Payload<ErasedAdviser>.Fail([owned.Error!]);
        }
        var now = clock.GetUtcNow();
        var bookings = await session.Query<Booking>().Where(b => b.AdviserId == id).ToListAsync(cancellationToken);
        foreach (var booking in bookings)
        {
            var upcoming = booking.ActiveSlotId is not null && booking.SlotStart > now;
            if (upcoming)
            {
                booking.ActiveSlotId = null;
                booking.Status = BookingStatus.Cancelled;
                booking.CancelledBy = BookingParty.Adviser;
                booking.CancelledAt = now;
                session.Store(booking);
            }
            mail.AdviserLeft(session, booking, now, upcoming);
        }
        session.HardDeleteWhere<OutgoingMail>(m => m.To == adviser.Email);
        session.HardDeleteWhere<AdviceSlot>(s => s.AdviserId == id);
        session.HardDelete(adviser);
        await session.SaveChangesAsync(cancellationToken);
        return Payload<ErasedAdviser>.Ok(new ErasedAdviser(id));
    }
}

public sealed record AdviserExport(Guid AdviserId, string Json);

public sealed record ErasedAdviser(Guid Id);
