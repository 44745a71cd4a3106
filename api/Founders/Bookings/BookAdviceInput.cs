using GraphQL.Types;

namespace RolesBoard.Api.Founders.Bookings;

public sealed class BookAdviceInput
{
    public string SlotId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string Country { get; set; } = "";
    public string Brief { get; set; } = "";
    public int? TeamSize { get; set; }
}

public sealed class BookAdviceInputType : InputObjectGraphType<BookAdviceInput>
{
    public BookAdviceInputType()
    {
        Name = "BookAdviceInput";
        Field<NonNullGraphType<IdGraphType>>("slotId");
        Field(i => i.Name);
        Field(i => i.Email).Description("Where the confirmation goes; the adviser sees it, the public never does.");
        Field(i => i.Country).Description("Where the group would found its co-op (a code or a name).");
        Field(i => i.Brief).Description($"What the group is, how many, where, and what you want to ask ({BookingRules.MinBrief} to {BookingRules.MaxBrief} characters). Only the adviser reads it.");
        Field(i => i.TeamSize, nullable: true);
    }
}
