using GraphQL.Types;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Profiles;

/// <summary>Everything a seeker tells us; updateProfile replaces the whole profile with a new one.</summary>
public sealed class ProfileInput
{
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string? Headline { get; set; }
    public List<string> Skills { get; set; } = [];
    public string? Location { get; set; }
    public string? Country { get; set; }
    public RemotePreference? Remote { get; set; }
    public bool? WillRelocate { get; set; }
    public List<EmploymentType>? EmploymentTypes { get; set; }
    public MoneyInput? SalaryFloor { get; set; }
    public List<string>? DesiredRoles { get; set; }
    public int? YearsOfExperience { get; set; }
    /// <summary>GraphQL's Date scalar arrives as a DateTime (midnight); only its date counts.</summary>
    public DateTime? AvailableFrom { get; set; }
    public List<string>? Languages { get; set; }
    public int? HoursPerWeek { get; set; }
    public string? TimeZone { get; set; }
    public CoopPreferencesInput? CoopPreferences { get; set; }
    public bool? VisibleToCoops { get; set; }
    public bool? WantsToJoin { get; set; }
    public bool? WantsToFound { get; set; }
    /// <summary>createProfile only: a retry with the same key returns the first profile and token.</summary>
    public string? IdempotencyKey { get; set; }
}

public sealed class ProfileInputType : InputObjectGraphType<ProfileInput>
{
    public ProfileInputType()
    {
        Name = "ProfileInput";
        Field(i => i.Name);
        Field(i => i.Email).Description("Never shown to a co-op, unless you accept its introduction request.");
        Field(i => i.Headline, nullable: true);
        Field(i => i.Skills).Description("Skill names or aliases (\"Postgres\", \"k8s\"); unknown skills are kept.");
        Field(i => i.Location, nullable: true).Description("Where you live, e.g. \"Lisbon, Portugal\".");
        Field(i => i.Country, nullable: true).Description("ISO 3166 code; read from location when absent.");
        Field<RemotePreferenceType>("remote").Description("How you want to work (default ANY).");
        Field(i => i.WillRelocate, nullable: true).Description("Whether you would move for a role (default false).");
        Field<ListGraphType<NonNullGraphType<EmploymentTypeType>>>("employmentTypes").Description("Empty: any.");
        Field<MoneyInputType>("salaryFloor").Description("The least you can take; compared with roles' pay like for like.");
        Field(i => i.DesiredRoles, nullable: true).Description("Role titles you are after, e.g. \"Backend developer\".");
        Field(i => i.YearsOfExperience, nullable: true);
        Field<DateGraphType>("availableFrom");
        Field(i => i.Languages, nullable: true).Description("Languages you work in.");
        Field(i => i.HoursPerWeek, nullable: true);
        Field(i => i.TimeZone, nullable: true).Description("IANA time zone, e.g. Europe/Lisbon; defaults to your country's.");
        Field<CoopPreferencesInputType>("coopPreferences").Description("What you want of the co-op itself: matching ranks by it.");
        Field(i => i.VisibleToCoops, nullable: true).Description("Opt in to appear (without name or e-mail) in co-ops' candidate lists. Default false.");
        Field(i => i.WantsToJoin, nullable: true).Description("Interested in joining a co-op as a member (default true).");
        Field(i => i.WantsToFound, nullable: true).Description("Interested in founding a co-op.");
        Field(i => i.IdempotencyKey, nullable: true).Description("createProfile only (updateProfile ignores it). " + Auth.IdempotencyKeys.Description);
    }
}
