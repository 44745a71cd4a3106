using GraphQL.Types;

namespace RolesBoard.Api.Founders.Advisers;

public sealed class AdviserInput
{
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string? Bio { get; set; }
    public string? CoopId { get; set; }
    public List<string> Countries { get; set; } = [];
    public List<string> Languages { get; set; } = [];
    public List<string> Topics { get; set; } = [];
    public string TimeZone { get; set; } = "";
    public int HoursPerMonth { get; set; }
}

public sealed class AdviserInputType : InputObjectGraphType<AdviserInput>
{
    public AdviserInputType()
    {
        Name = "AdviserInput";
        Field(i => i.Name);
        Field(i => i.Email).Description("Where bookings and briefs are sent; never shown publicly.");
        Field(i => i.Bio, nullable: true);
        Field<IdGraphType>("coopId").Description("A verified co-op vouching for you: send its API key as the bearer, and you are listed at once.");
        Field(i => i.Countries).Description("Countries (codes or names) whose legal forms you can advise on.");
        Field(i => i.Languages);
        Field(i => i.Topics).Description("e.g. legal forms, governance, finance, converting a business, tech co-op business models.");
        Field(i => i.TimeZone).Description("IANA zone, e.g. Europe/London: your slots' weekly patterns repeat in its local time.");
        Field(i => i.HoursPerMonth).Description("Hours a month you pledge (1 to 40).");
    }
}
