using GraphQL.Types;

namespace RolesBoard.Api.Profiles;

/// <summary>
/// What a seeker wants of the co-op itself, which ordinary job boards never ask: to become a member within so many
/// months, flat pay, worker ownership, a week of at most so many hours. Matching ranks by them; each unset part asks nothing.
/// </summary>
public sealed record CoopPreferences(int? MembershipWithinMonths = null, bool FlatPay = false, bool WorkerOwned = false, int? MaxHoursPerWeek = null)
{
    public static readonly CoopPreferences None = new();

    public bool AsksAnything => MembershipWithinMonths is not null || FlatPay || WorkerOwned || MaxHoursPerWeek is not null;
}

public sealed class CoopPreferencesInput
{
    public int? MembershipWithinMonths { get; set; }
    public bool? FlatPay { get; set; }
    public bool? WorkerOwned { get; set; }
    public int? MaxHoursPerWeek { get; set; }
}

public sealed class CoopPreferencesInputType : InputObjectGraphType<CoopPreferencesInput>
{
    public CoopPreferencesInputType()
    {
        Name = "CoopPreferencesInput";
        Field(p => p.MembershipWithinMonths, nullable: true).Description("You want to be able to become a member within this many months (0 to 120).");
        Field(p => p.FlatPay, nullable: true).Description("You want everyone paid the same.");
        Field(p => p.WorkerOwned, nullable: true).Description("You want a worker-owned co-op.");
        Field(p => p.MaxHoursPerWeek, nullable: true).Description("You want a full-time week of at most this many hours (1 to 80).");
    }
}

public sealed class CoopPreferencesType : ObjectGraphType<CoopPreferences>
{
    public CoopPreferencesType()
    {
        Name = "CoopPreferences";
        Description = "What you want of the co-op itself; matching ranks by it and says so in reasons.";
        Field(p => p.MembershipWithinMonths, nullable: true);
        Field(p => p.FlatPay);
        Field(p => p.WorkerOwned);
        Field(p => p.MaxHoursPerWeek, nullable: true);
    }
}
