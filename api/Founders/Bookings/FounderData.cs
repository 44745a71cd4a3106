using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Marten;
using RolesBoard.Api.Founders.Advisers;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Founders.Bookings;

/// <summary>
/// A founder's right of access and erasure, with the booking's token (founders have no profile): the export holds
/// everything we keep about them; erasure hard-deletes it, releasing the slot if the hour is still to come.
/// </summary>
public sealed class FounderData(IDocumentSession session, BookingAccess access, BookingDesk desk, BookingMail mail, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task<FounderExport> ExportAsync(Guid id, CancellationToken cancellationToken, string? token = null)
    {
        var acting = await access.ResolveAsync(id, "exportBooking", adviserMay: false, cancellationToken, token);
        if (acting.Booking is not { } booking)
        {
            throw new global::GraphQL.ExecutionError(acting.Error!.Message) { Code = acting.Error.Code };
        }
        var held = JsonSerializer.SerializeToNode(booking, Json)!.AsObject();
        // Tokens were never stored; say what is, rather than hand out the hashes.
        held["tokenHash"] = "held only as a SHA-256 hash of your token";
        held.Remove("linkTokenHashes");
        var document = new JsonObject { ["exportedAt"] = clock.GetUtcNow(), ["booking"] = held };
        return new FounderExport(booking.Id, document.ToJsonString(Json));
    }

    public async Task<Payload<ErasedBooking>> EraseAsync(Guid id, CancellationToken cancellationToken, string? token = null)
    {
        var acting = await access.ResolveAsync(id, "eraseBooking", adviserMay: false, cancellationToken, token);
        if (acting.Booking is not { } booking)
        {
            return Payload<ErasedBooking>.Fail([acting.Error!]);
        }
        var hourAhead = booking.ActiveSlotId is not null && booking.SlotStart > clock.GetUtcNow();
        if (booking.ActiveSlotId is not null)
        {
            await desk.FreeSlotAsync(booking, cancellationToken);
        }
        mail.Erased(session, booking, await session.LoadAsync<Adviser>(booking.AdviserId, cancellationToken), hourAhead);
        session.HardDelete(booking);
        await session.SaveChangesAsync(cancellationToken);
        return Payload<ErasedBooking>.Ok(new ErasedBooking(booking.Id));
    }
}

public sealed record FounderExport(Guid BookingId, string Json);

public sealed record ErasedBooking(Guid Id);
