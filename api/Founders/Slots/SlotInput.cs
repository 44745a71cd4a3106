using GraphQL.Types;

namespace RolesBoard.Api.Founders.Slots;

public sealed class SlotInput
{
    public DateTimeOffset Start { get; set; }
    public int Minutes { get; set; }
    public int? RepeatWeeks { get; set; }
}

public sealed class SlotInputType : InputObjectGraphType<SlotInput>
{
    public SlotInputType()
    {
        Name = "SlotInput";
        Field(i => i.Start).Description("When the slot starts, with its offset; weekly repeats keep this wall-clock time in your zone.");
        Field(i => i.Minutes).Description("15 to 180.");
        Field(i => i.RepeatWeeks, nullable: true).Description("Repeat weekly for this many weeks in all (1 to 26; default 1, a one-off slot).");
    }
}
