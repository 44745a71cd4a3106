using GraphQL.Types;
using RolesBoard.Api.Founders.Slots;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Founders.Bookings;

public sealed class BookingType : ObjectGraphType<BookingView>
{
    public BookingType()
    {
        Name = "Booking";
        Description = "A founder's booking of an adviser's hour.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Booking.Id);
        Field<NonNullGraphType<BookingStatusType>>("status").Resolve(c => c.Source.Booking.Status);
        Field<StringGraphType>("brief").Description("The founder's brief: only the booked adviser reads it (null for anyone else).")
            .Resolve(c => c.Source.SeenByAdviser ? c.Source.Booking.Brief : null);
        Field<NonNullGraphType<StringGraphType>>("founderName").Resolve(c => c.Source.Booking.FounderName);
        Field<StringGraphType>("founderEmail").Description("Only the booked adviser sees it.")
            .Resolve(c => c.Source.SeenByAdviser ? c.Source.Booking.FounderEmail : null);
        Field<NonNullGraphType<StringGraphType>>("country").Resolve(c => c.Source.Booking.Country);
        Field<IntGraphType>("teamSize").Resolve(c => c.Source.Booking.TeamSize);
        Field<NonNullGraphType<IdGraphType>>("adviserId").Resolve(c => c.Source.Booking.AdviserId);
        Field<NonNullGraphType<AdviceSlotType>>("slot").Resolve(c => new AdviceSlot
        {
            Id = c.Source.Booking.SlotId, AdviserId = c.Source.Booking.AdviserId, Start = c.Source.Booking.SlotStart,
            Minutes = c.Source.Booking.Minutes, BookingId = c.Source.Booking.ActiveSlotId is null ? null : c.Source.Booking.Id,
        });
        Field<BookingPartyType>("cancelledBy").Resolve(c => c.Source.Booking.CancelledBy);
        Field<FoundingOutcomeType>("outcome").Description("What happened, as the founder told us (the founder only).")
            .Resolve(c => c.Source.SeenByAdviser ? null : c.Source.Booking.Outcome);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("bookedAt").Resolve(c => c.Source.Booking.BookedAt);
    }
}

public sealed class BookingStatusType : EnumerationGraphType<BookingStatus>
{
    public BookingStatusType() => Name = "BookingStatus";
}

public sealed class BookingPartyType : EnumerationGraphType<BookingParty>
{
    public BookingPartyType() => Name = "BookingParty";
}

public sealed class FoundingOutcomeType : EnumerationGraphType<FoundingOutcome>
{
    public FoundingOutcomeType() => Name = "FoundingOutcome";
}

public sealed class BookAdvicePayloadType() : PayloadType<BookingView, BookingType>(
    "BookAdvicePayload", "booking", "token", "The booking's token, shown once: it cancels the booking, exports or erases your data, and records the outcome.");

public sealed class BookingPayloadType() : PayloadType<BookingView, BookingType>("BookingPayload", "booking");
