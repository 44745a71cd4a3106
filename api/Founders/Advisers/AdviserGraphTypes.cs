using GraphQL.Types;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Founders.Advisers;

/// <summary>An adviser as the public sees them: no e-mail, ever.</summary>
public sealed class AdviserType : ObjectGraphType<Adviser>
{
    public AdviserType()
    {
        Name = "Adviser";
        Description = "A co-op member or development adviser who gives an hour to founders.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(a => a.Name);
        Field(a => a.Bio, nullable: true);
        Field<IdGraphType>("coopId").Description("The co-op that vouched for this adviser, if one did.").Resolve(c => c.Source.CoopId);
        Field(a => a.Countries).Description("ISO 3166 codes.");
        Field(a => a.Languages);
        Field(a => a.Topics);
        Field(a => a.TimeZone);
        Field(a => a.HoursPerMonth);
        Field(a => a.Verified);
    }
}

public sealed class AdviserConnectionType() : ConnectionType<Adviser, AdviserType>("Adviser");

public sealed class RegisterAdviserPayloadType() : PayloadType<Adviser, AdviserType>(
    "RegisterAdviserPayload", "adviser", "token", "The adviser's token, shown once: send it as Authorization: Bearer <token> to add slots and read bookings.");

public sealed class AdviserPayloadType() : PayloadType<Adviser, AdviserType>("AdviserPayload", "adviser");
