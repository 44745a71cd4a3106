using GraphQL.Types;
using RolesBoard.Api.Coops;

namespace RolesBoard.Api.Roles;

/// <summary>What a search for roles asks for; every part is optional and they combine with AND.</summary>
public sealed class RoleFilter
{
    public string? Query { get; set; }
    public List<string>? Skills { get; set; }
    public SkillMatch SkillMatch { get; set; } = SkillMatch.Any;
    public List<RemotePolicy>? Remote { get; set; }
    public string? Country { get; set; }
    public List<EmploymentType>? EmploymentTypes { get; set; }
    public string? Coop { get; set; }
    public MoneyInput? MinSalary { get; set; }
    public DateTimeOffset? PostedSince { get; set; }
    public RoleSource? Source { get; set; }
    /// <summary>True: only roles that state pay; false: only roles that do not; null: both (minSalary keeps those that do not).</summary>
    public bool? PayStated { get; set; }

    // The co-op's own facts (Coop), which ordinary job boards do not model.
    public List<Ownership>? Ownership { get; set; }
    public bool? FlatPay { get; set; }
    public int? MaxMonthsToMembership { get; set; }
    public int? MaxHoursPerWeek { get; set; }
}

public enum SkillMatch
{
    Any,
    All,
}

public sealed class MoneyInput
{
    public double Amount { get; set; }
    public string Currency { get; set; } = "";
    public SalaryPeriod Period { get; set; }
}

public sealed class RoleFilterType : InputObjectGraphType<RoleFilter>
{
    public RoleFilterType()
    {
        Name = "RoleFilter";
        Field(f => f.Query, nullable: true).Description("Free text, ranked by PostgreSQL full-text search (web-search syntax: \"quoted phrases\", -excluded).");
        Field(f => f.Skills, nullable: true).Description("Skill names or aliases (\"Postgres\" finds PostgreSQL).");
        Field<SkillMatchType>("skillMatch").Description("ANY (default) or ALL of the skills.");
        Field<ListGraphType<NonNullGraphType<RemotePolicyType>>>("remote");
        Field(f => f.Country, nullable: true).Description("ISO 3166 code or name: roles someone living there can take (on site there, or remote open to it).");
        Field<ListGraphType<NonNullGraphType<EmploymentTypeType>>>("employmentTypes");
        Field(f => f.Coop, nullable: true).Description("A co-op's slug.");
        Field<MoneyInputType>("minSalary").Description("Roles whose top of range reaches this, converted like for like; roles that state no pay stay unless payStated is true.");
        Field(f => f.PayStated, nullable: true).Description("true: only roles that state pay; false: only roles that do not; unset: both.");
        Field(f => f.PostedSince, nullable: true);
        Field<RoleSourceType>("source");
        Field<ListGraphType<NonNullGraphType<OwnershipType>>>("ownership").Description("Roles at co-ops owned this way.");
        Field(f => f.FlatPay, nullable: true).Description("true: roles at co-ops where everyone is paid the same; false: where pay differs.");
        Field(f => f.MaxMonthsToMembership, nullable: true).Description("Roles at co-ops where a new worker can become a member within this many months.");
        Field(f => f.MaxHoursPerWeek, nullable: true).Description("Roles at co-ops whose full-time week is at most this many hours.");
    }
}

public sealed class SkillMatchType : EnumerationGraphType<SkillMatch>
{
    public SkillMatchType() => Name = "SkillMatch";
}

public sealed class MoneyInputType : InputObjectGraphType<MoneyInput>
{
    public MoneyInputType()
    {
        Name = "MoneyInput";
        Field(m => m.Amount);
        Field(m => m.Currency);
        Field<NonNullGraphType<SalaryPeriodType>>("period");
    }
}
