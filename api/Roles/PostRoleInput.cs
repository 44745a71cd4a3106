using GraphQL.Types;

namespace RolesBoard.Api.Roles;

public sealed class PostRoleInput
{
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public List<string>? Skills { get; set; }
    public string? Location { get; set; }
    public string? Country { get; set; }
    public RemotePolicy? Remote { get; set; }
    public List<string>? RemoteRegions { get; set; }
    public string? TimeZone { get; set; }
    public int? MinOverlapHours { get; set; }
    public EmploymentType? EmploymentType { get; set; }
    public SalaryInput? Salary { get; set; }
    public string? ApplyUrl { get; set; }
    /// <summary>GraphQL's Date scalar arrives as a DateTime (midnight); only its date counts.</summary>
    public DateTime? ValidThrough { get; set; }
    public string? IdempotencyKey { get; set; }
}

public sealed class SalaryInput
{
    public double Min { get; set; }
    public double Max { get; set; }
    public string Currency { get; set; } = "";
    public SalaryPeriod Period { get; set; }
}

public sealed class PostRoleInputType : InputObjectGraphType<PostRoleInput>
{
    public PostRoleInputType()
    {
        Name = "PostRoleInput";
        Field(i => i.Title).Description("At most 200 characters.");
        Field(i => i.Description).Description("HTML or plain text, at most 50,000 characters; HTML is sanitized.");
        Field(i => i.Skills, nullable: true).Description("Skill names or aliases; stored by canonical name.");
        Field(i => i.Location, nullable: true);
        Field(i => i.Country, nullable: true).Description("ISO 3166 code of where the role is based; read from location when absent.");
        Field<RemotePolicyType>("remote");
        Field(i => i.RemoteRegions, nullable: true).Description("ISO 3166 country codes, or \"EU\", a remote role is open to.");
        Field(i => i.TimeZone, nullable: true)
            .Description("IANA time zone (e.g. Europe/London) whose working hours a remote role needs; defaults to the zone of the role's country.");
        Field(i => i.MinOverlapHours, nullable: true)
            .Description("Working hours (0 to 8) a remote worker must share with timeZone; default 4 when a zone is known, 0 for none.");
        Field<EmploymentTypeType>("employmentType");
        Field<SalaryInputType>("salary");
        Field(i => i.ApplyUrl, nullable: true);
        Field<DateGraphType>("validThrough").Description("The last day the role is open; it drops out of listings after it.");
        Field(i => i.IdempotencyKey, nullable: true)
            .Description("Retrying postRole with the same key (per co-op) returns the first role instead of posting a second.");
    }
}

public sealed class SalaryInputType : InputObjectGraphType<SalaryInput>
{
    public SalaryInputType()
    {
        Name = "SalaryInput";
        Field(s => s.Min);
        Field(s => s.Max);
        Field(s => s.Currency).Description("ISO 4217 code, e.g. GBP.");
        Field<NonNullGraphType<SalaryPeriodType>>("period");
    }
}
