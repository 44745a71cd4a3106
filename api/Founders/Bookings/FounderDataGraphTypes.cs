using GraphQL.Types;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Founders.Bookings;

public sealed class FounderExportType : ObjectGraphType<FounderExport>
{
    public FounderExportType()
    {
        Name = "FounderExport";
        Description = "Everything RolesBoard holds about you as a founder, for one booking.";
        Field<NonNullGraphType<IdGraphType>>("bookingId").Resolve(c => c.Source.BookingId);
        Field(e => e.Json).Description("The booking, your brief and any outcome you recorded, as one JSON document.");
    }
}

public sealed class ErasedBookingType : ObjectGraphType<ErasedBooking>
{
    public ErasedBookingType()
    {
        Name = "ErasedBooking";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
    }
}

public sealed class EraseBookingPayloadType() : PayloadType<ErasedBooking, ErasedBookingType>("EraseBookingPayload", "erasedBooking");

public sealed class AdviserExportType : ObjectGraphType<AdviserExport>
{
    public AdviserExportType()
    {
        Name = "AdviserExport";
        Description = "Everything RolesBoard holds about you as an adviser.";
        Field<NonNullGraphType<IdGraphType>>("adviserId").Resolve(c => c.Source.AdviserId);
        Field(e => e.Json).Description("Your registration, your slots and the times of your bookings, as one JSON document.");
    }
}

public sealed class ErasedAdviserType : ObjectGraphType<ErasedAdviser>
{
    public ErasedAdviserType()
    {
        Name = "ErasedAdviser";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
    }
}

public sealed class DeleteAdviserPayloadType() : PayloadType<ErasedAdviser, ErasedAdviserType>("DeleteAdviserPayload", "erasedAdviser");
