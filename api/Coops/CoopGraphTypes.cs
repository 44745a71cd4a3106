using GraphQL.Types;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Coops;

public sealed class CoopType : ObjectGraphType<Coop>
{
    /// <param name="extensions">Fields other features add (Roles: <c>roles</c>).</param>
    public CoopType(IEnumerable<IGraphTypeExtension<CoopType>> extensions)
    {
        Name = "Coop";
        Description = "A member co-operative.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(c => c.Slug);
        Field(c => c.Name);
        Field(c => c.Website);
        Field(c => c.Description, nullable: true);
        Field(c => c.Location, nullable: true);
        Field(c => c.Country, nullable: true);
        Field(c => c.Networks).Description("Networks it belongs to, e.g. CoTech.");
        Field(c => c.CareersUrls).Description("Careers pages and feeds the board collects roles from.");
        Field(c => c.CareersUrlsFoundBy, nullable: true).Description("Who set the careers URLs (co-op, administrator) or how discovery found them.");
        Field<OwnershipType>("ownership").Resolve(c => c.Source.Ownership);
        Field(c => c.MembershipAfterMonths, nullable: true).Description("A new worker can become a member after this many months.");
        Field(c => c.MembershipTrack, nullable: true).Description("How new workers become members, in the co-op's words.");
        Field(c => c.FlatPay, nullable: true).Description("Everyone is paid the same.");
        Field(c => c.PayRatio, nullable: true).Description("Highest pay divided by lowest.");
        Field(c => c.HoursPerWeek, nullable: true).Description("A full-time week.");
        Field(c => c.Verified).Description("Verified members can post roles.");
        foreach (var extension in extensions)
        {
            extension.Extend(this);
        }
    }
}

public sealed class OwnershipType : EnumerationGraphType<Ownership>
{
    public OwnershipType() => Name = "Ownership";
}

public sealed class CoopConnectionType() : ConnectionType<Coop, CoopType>("Coop");
