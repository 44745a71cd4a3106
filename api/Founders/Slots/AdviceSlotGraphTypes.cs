using GraphQL;
using GraphQL.Types;
using RolesBoard.Api.Founders.Advisers;
using RolesBoard.Api.Geography;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Founders.Slots;

/// <summary>A slot's start in the zone the reader asks for (the founder's), or UTC.</summary>
internal static class ZonedStart
{
    public static void AddStartField<T>(this ObjectGraphType<T> type, Func<T, DateTimeOffset> start)
    {
        type.Field<NonNullGraphType<DateTimeOffsetGraphType>>("start")
            .Description("The start, with the offset of `timeZone` (an IANA zone such as America/Toronto) when given, else UTC.")
            .Argument<StringGraphType>("timeZone")
            .Resolve(c => InZone(start(c.Source), c.GetArgument<string?>("timeZone")));
    }

    public static DateTimeOffset InZone(DateTimeOffset instant, string? timeZone)
    {
        if (string.IsNullOrWhiteSpace(timeZone))
        {
            return instant.ToUniversalTime();
        }
        var zone = TimeZones.Find(timeZone) ?? throw new ExecutionError($"'{timeZone}' is not an IANA time zone such as Europe/London.") { Code = "INVALID_TIME_ZONE" };
        return TimeZoneInfo.ConvertTime(instant, zone);
    }
}

public sealed class AdviceSlotType : ObjectGraphType<AdviceSlot>
{
    public AdviceSlotType()
    {
        Name = "AdviceSlot";
        Description = "A slot an adviser offers.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        this.AddStartField(s => s.Start);
        Field(s => s.Minutes);
        Field<NonNullGraphType<BooleanGraphType>>("free").Resolve(c => c.Source.BookingId is null);
    }
}

public sealed class FreeSlotType : ObjectGraphType<FreeSlot>
{
    public FreeSlotType()
    {
        Name = "FreeAdviceSlot";
        Description = "A free slot, with the adviser who offers it.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Slot.Id);
        this.AddStartField(s => s.Slot.Start);
        Field<NonNullGraphType<IntGraphType>>("minutes").Resolve(c => c.Source.Slot.Minutes);
        Field<NonNullGraphType<AdviserType>>("adviser").Resolve(c => c.Source.Adviser);
    }
}

public sealed class AdviceSlotConnectionType() : ConnectionType<FreeSlot, FreeSlotType>("AdviceSlot");

public sealed class AdviceSlotsPayloadType() : PayloadType<IReadOnlyList<AdviceSlot>, ListGraphType<NonNullGraphType<AdviceSlotType>>>("AdviceSlotsPayload", "slots");
