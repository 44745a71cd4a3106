using GraphQL;
using GraphQL.Types;
using RolesBoard.Api.Founders.Advisers;
using RolesBoard.Api.Founders.Bookings;
using RolesBoard.Api.Founders.Circles;
using RolesBoard.Api.Founders.Guides;
using RolesBoard.Api.Founders.Slots;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Founders;

public static class FoundersQueries
{
    public static void AddFoundersQueries(this ObjectGraphType query)
    {
        query.Field<FoundingGuideType>("foundingGuide")
            .Description("How a worker co-op can be founded in a country (code or name); null where no guide is written yet. Not legal advice.")
            .Argument<NonNullGraphType<StringGraphType>>("country")
            .Resolve(c => FoundingGuides.For(c.GetArgument<string>("country")));
        query.Field<NonNullGraphType<AdviserConnectionType>>("advisers")
            .Description("Verified advisers (public; never their e-mail).")
            .Argument<StringGraphType>("country").Argument<StringGraphType>("language").Argument<StringGraphType>("topic")
            .Argument<IntGraphType>("first").Argument<StringGraphType>("after")
            .ResolveAsync(async c => await Get<AdviserDirectory>(c).PageAsync(
                new AdviserDirectory.Filter(c.GetArgument<string?>("country"), c.GetArgument<string?>("language"), c.GetArgument<string?>("topic")),
                c.GetArgument<int?>("first"), c.GetArgument<string?>("after"), c.CancellationToken));
        query.Field<NonNullGraphType<AdviceSlotConnectionType>>("adviceSlots")
            .Description("Free future slots of verified advisers, earliest first. Ask for `start(timeZone:)` to see them in your zone.")
            .Argument<IdGraphType>("adviserId").Argument<StringGraphType>("country").Argument<StringGraphType>("language").Argument<StringGraphType>("topic")
            .Argument<DateTimeOffsetGraphType>("from").Argument<DateTimeOffsetGraphType>("to")
            .Argument<IntGraphType>("first").Argument<StringGraphType>("after")
            .ResolveAsync(async c => await Get<FreeSlots>(c).PageAsync(SlotFilter(c), c.GetArgument<int?>("first"), c.GetArgument<string?>("after"), c.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BookingType>>>>("bookings")
            .Description("Your bookings as an adviser, with the founders' briefs (the adviser's token).")
            .Argument<NonNullGraphType<IdGraphType>>("adviserId")
            .ResolveAsync(async c => await Get<AdviserBookings>(c).ListAsync(Ids.From(c, "adviserId"), c.CancellationToken));
        query.Field<NonNullGraphType<FounderExportType>>("exportBooking")
            .Description("Everything held about you as a founder, as JSON (the booking's token).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Get<FounderData>(c).ExportAsync(Ids.From(c), c.CancellationToken));
        query.Field<NonNullGraphType<FoundingOutcomeFiguresType>>("foundingOutcomes")
            .Description("What founders said happened after their hour, as counts.")
            .Argument<StringGraphType>("country")
            .ResolveAsync(async c => await Get<FoundingOutcomeFigures>(c).CountAsync(c.GetArgument<string?>("country"), c.CancellationToken));
        query.Field<NonNullGraphType<AdviserExportType>>("exportAdviser")
            .Description("Everything held about you as an adviser, as JSON (the adviser's token).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Get<AdviserData>(c).ExportAsync(Ids.From(c), c.CancellationToken));
        query.AddCircleQueries();
    }

    private static FreeSlots.Filter SlotFilter(IResolveFieldContext c) => new(
        c.GetArgument<string?>("adviserId") is { } id ? Ids.From(c, "adviserId") : null,
        c.GetArgument<string?>("country"), c.GetArgument<string?>("language"), c.GetArgument<string?>("topic"),
        c.GetArgument<DateTimeOffset?>("from"), c.GetArgument<DateTimeOffset?>("to"));

    private static T Get<T>(IResolveFieldContext context) where T : notnull => context.RequestServices!.GetRequiredService<T>();
}
