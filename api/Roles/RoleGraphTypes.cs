using GraphQL.Types;
using RolesBoard.Api.Coops;

namespace RolesBoard.Api.Roles;

public sealed class RoleType : ObjectGraphType<Role>
{
    public RoleType()
    {
        Name = "Role";
        Description = "A role at a member co-op, posted by the co-op or collected from its own site.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(r => r.Title);
        Field<NonNullGraphType<StringGraphType>>("description").Description("Sanitized HTML; a link to the co-op's page when the source's terms refuse republishing.")
            .Resolve(c => RoleDescription.Html(c.Source));
        Field<NonNullGraphType<StringGraphType>>("descriptionText").Description("The description as plain text (the same pointer when the source's terms refuse republishing).")
            .Resolve(c => RoleDescription.Text(c.Source));
        Field(r => r.Skills).Description("Canonical skill names.");
        Field(r => r.Location, nullable: true);
        Field(r => r.Country, nullable: true).Description("ISO 3166 code of where the role is based, when known.");
        Field<RemotePolicyType>("remote").Resolve(c => c.Source.Remote);
        Field(r => r.RemoteRegions).Description("ISO 3166 codes (or EU) a remote role is open to; empty means anywhere.");
        Field(r => r.TimeZone, nullable: true).Description("IANA zone whose working hours a remote role needs to overlap, when the co-op set one.");
        Field(r => r.MinOverlapHours, nullable: true).Description("Working hours a remote worker must share with the role's zone, when the co-op set it.");
        Field<EmploymentTypeType>("employmentType").Resolve(c => c.Source.EmploymentType);
        Field<SalaryType>("salary").Resolve(c => c.Source.Salary);
        Field(r => r.ApplyUrl, nullable: true);
        Field<DateGraphType>("validThrough").Resolve(c => c.Source.ValidThrough?.ToDateTime(TimeOnly.MinValue));
        Field(r => r.DatePosted);
        Field<NonNullGraphType<RoleStatusType>>("status").Resolve(c => c.Source.IsOpenAt(DateTimeOffset.UtcNow) ? "OPEN"
            : c.Source.Status switch { RoleStatus.Closed => "CLOSED", RoleStatus.Draft => "DRAFT", _ => "EXPIRED" });
        Field(r => r.ClosedAt, nullable: true);
        Field<NonNullGraphType<RoleSourceType>>("source").Resolve(c => c.Source.Source);
        Field(r => r.SourceUrl, nullable: true).Description("Where a scraped role was found.");
        Field(r => r.LastSeenAt, nullable: true);
        Field(r => r.ScrapeConfidence, nullable: true).Description("For a role read from prose on the co-op's site: how sure the reading was (0 to 1).");
        Field(r => r.ScrapeEvidence).Description("For a role read from prose: the evidence found (RoleTitle, Salary, ClosingDate, HowToApply…).");
        Field(r => r.CreatedAt);
        Field(r => r.UpdatedAt);
        Field<NonNullGraphType<CoopType>>("coop").Resolve(c => c.RequestServices!.GetRequiredService<CoopLoader>().Load(c.Source.CoopId));
    }
}

public sealed class SalaryType : ObjectGraphType<Salary>
{
    public SalaryType()
    {
        Name = "Salary";
        Field(s => s.Min);
        Field(s => s.Max);
        Field(s => s.Currency).Description("ISO 4217 code.");
        Field<NonNullGraphType<SalaryPeriodType>>("period").Resolve(c => c.Source.Period);
    }
}

public sealed class RemotePolicyType : EnumerationGraphType<RemotePolicy>
{
    public RemotePolicyType() => Name = "RemotePolicy";
}

public sealed class EmploymentTypeType : EnumerationGraphType<EmploymentType>
{
    public EmploymentTypeType() => Name = "EmploymentType";
}

public sealed class SalaryPeriodType : EnumerationGraphType<SalaryPeriod>
{
    public SalaryPeriodType() => Name = "SalaryPeriod";
}

public sealed class RoleSourceType : EnumerationGraphType<RoleSource>
{
    public RoleSourceType() => Name = "RoleSource";
}

/// <summary>OPEN, CLOSED, or EXPIRED (past validThrough without anyone closing it).</summary>
public sealed class RoleStatusType : EnumerationGraphType
{
    public RoleStatusType()
    {
        Name = "RoleStatus";
        Add("OPEN", "OPEN");
        Add("CLOSED", "CLOSED");
        Add("EXPIRED", "EXPIRED");
        Add("DRAFT", "DRAFT", "Read from prose on the co-op's site with little evidence: listed once the co-op confirms it.");
    }
}
