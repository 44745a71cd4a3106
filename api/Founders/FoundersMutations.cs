using GraphQL;
using GraphQL.Types;
using RolesBoard.Api.Founders.Advisers;
using RolesBoard.Api.Founders.Bookings;
using RolesBoard.Api.Founders.Circles;
using RolesBoard.Api.Founders.Slots;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Founders;

public static class FoundersMutations
{
    public static void AddFoundersMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RegisterAdviserPayloadType>>("registerAdviser")
            .Description("Offer your hours to founders; the payload's token (shown once) is how you add slots and read bookings.")
            .Argument<NonNullGraphType<AdviserInputType>>("input")
            .ResolveAsync(async c => await Get<AdviserRegistration>(c).RegisterAsync(c.GetArgument<AdviserInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<AdviserPayloadType>>("verifyAdviser")
            .Description("List an adviser publicly (the administrator's key).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Get<AdviserRegistration>(c).VerifyAsync(Ids.From(c), c.CancellationToken));
        mutation.Field<NonNullGraphType<AdviceSlotsPayloadType>>("addAdviceSlots")
            .Description("Offer slots, one-off or weekly (the adviser's token).")
            .Argument<NonNullGraphType<IdGraphType>>("adviserId")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<SlotInputType>>>>("slots")
            .ResolveAsync(async c => await Get<AdviceSlotPlanner>(c).AddAsync(Ids.From(c, "adviserId"), c.GetArgument<List<SlotInput>>("slots"), c.CancellationToken));
        mutation.Field<NonNullGraphType<BookAdvicePayloadType>>("bookAdvice")
            .Description("Book a free slot with a written brief; the payload's token is shown once.")
            .Argument<NonNullGraphType<BookAdviceInputType>>("input")
            .ResolveAsync(async c => await Get<BookingDesk>(c).BookAsync(c.GetArgument<BookAdviceInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<BookingPayloadType>>("cancelBooking")
            .Description("Cancel a booking (the booking's token or the adviser's); the slot is free again.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Get<BookingDesk>(c).CancelAsync(Ids.From(c), c.CancellationToken));
        mutation.Field<NonNullGraphType<BookingPayloadType>>("recordFoundingOutcome")
            .Description("Say what happened after the hour (the booking's token, or the link in the follow-up mail).")
            .Argument<NonNullGraphType<IdGraphType>>("bookingId")
            .Argument<NonNullGraphType<FoundingOutcomeType>>("outcome")
            .ResolveAsync(async c => await Get<BookingDesk>(c).RecordOutcomeAsync(Ids.From(c, "bookingId"), c.GetArgument<FoundingOutcome>("outcome"), c.CancellationToken));
        mutation.Field<NonNullGraphType<EraseBookingPayloadType>>("eraseBooking")
            .Description("Erase everything held about you as a founder for this booking (its token). There is no undo.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Get<FounderData>(c).EraseAsync(Ids.From(c), c.CancellationToken));
        mutation.Field<NonNullGraphType<DeleteAdviserPayloadType>>("deleteAdviser")
            .Description("Leave and erase your adviser account (its token): upcoming hours are cancelled and the founders told.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Get<AdviserData>(c).EraseAsync(Ids.From(c), c.CancellationToken));
        mutation.AddCircleMutations();
    }

    private static T Get<T>(IResolveFieldContext context) where T : notnull => context.RequestServices!.GetRequiredService<T>();
}
