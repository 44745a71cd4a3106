using GraphQL;
using GraphQL.Types;

namespace RolesBoard.Api.Stats;

public sealed class MovementStatsType : ObjectGraphType<MovementStats>
{
    public MovementStatsType()
    {
        Name = "MovementStats";
        Description = "The movement in numbers, from daily snapshots (CC BY 4.0). Figures are at the end of the period unless they say otherwise.";
        Field(s => s.OpenRoles).Description("Roles open at the end of the period.");
        Field(s => s.Coops).Description("Co-ops registered.");
        Field(s => s.VerifiedCoops);
        Field(s => s.RolesStatingPay).Description("Open roles that state their pay.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WeekStatsType>>>>("weeks").Description("Each ISO week (Monday, UTC) in the period.").Resolve(c => c.Source.Weeks);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SkillCountType>>>>("topSkills")
            .Description("The skills open roles ask for most.")
            .Argument<IntGraphType>("first", "How many, 1 to 50 (default 10).")
            .Resolve(c => c.Source.Skills.Take(TopSkills(c.GetArgument<int?>("first"))).ToList());
        Field(s => s.ActiveCoops).Description("Co-ops with a role open at some time in the 90 days up to the period's end.");
        Field(s => s.FlatPayCoops).Description("Co-ops that pay everyone the same.");
        Field(s => s.ShareStatingPay, nullable: true).Description("Share of open roles stating pay, 0 to 1.");
        Field(s => s.MedianMonthsToMembership, nullable: true);
        Field(s => s.MedianDaysOpen, nullable: true).Description("How long roles that closed in the period had stayed open, in days.");
        Field(s => s.CoopsWithCareersPages).Description("Co-ops whose careers pages the board has found or been given.");
        Field(s => s.CoopsScrapedSuccessfully).Description("Co-ops whose careers pages were scraped successfully on the period's last day.");
        Field<PeopleCountType>("seekers").Description("Seekers registered in all (people figures: whole board only, null when filtered).").Resolve(c => c.Source.Seekers);
        Field<PeopleCountType>("introductionsRequested").Description("Introductions co-ops asked for in the period.").Resolve(c => c.Source.IntroductionsRequested);
        Field<PeopleCountType>("introductionsAccepted").Description("Introductions seekers accepted in the period.").Resolve(c => c.Source.IntroductionsAccepted);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LayoffQuarterType>>>>("layoffs").Description("Reported layoffs by country and quarter, beside co-op roles and advisers.").Resolve(c => c.Source.Layoffs);
        Field<DateGraphType>("snapshotDay").Description("The day the figures are from; null before the first snapshot.").Resolve(c => c.Source.SnapshotDay?.ToDateTime(TimeOnly.MinValue));
        Field<NonNullGraphType<StringGraphType>>("licence").Resolve(_ => MovementStats.Licence);
    }

    private static int TopSkills(int? first) => first is null ? 10
        : first is >= 1 and <= 50 ? first.Value
        : throw new ExecutionError("'first' must be between 1 and 50.") { Code = "INVALID_PAGE_SIZE" };
}

public sealed class WeekStatsType : ObjectGraphType<WeekStats>
{
    public WeekStatsType()
    {
        Name = "WeekStats";
        Field<NonNullGraphType<DateGraphType>>("weekStart").Description("Monday, UTC.").Resolve(c => c.Source.WeekStart.ToDateTime(TimeOnly.MinValue));
        Field(w => w.RolesOpened);
        Field(w => w.RolesClosed).Description("Roles closed or past their closing date.");
        Field(w => w.OpenRoles).Description("At the end of the week (or of the period).");
        Field(w => w.RolesStatingPay);
        Field(w => w.Coops);
        Field(w => w.VerifiedCoops);
        Field(w => w.ActiveCoops);
        Field(w => w.CoopsScrapedSuccessfully).Description("On the week's last day.");
        Field(w => w.MedianDaysOpen, nullable: true);
        Field<PeopleCountType>("seekersRegistered").Resolve(c => c.Source.SeekersRegistered);
        Field<PeopleCountType>("introductionsRequested").Resolve(c => c.Source.IntroductionsRequested);
        Field<PeopleCountType>("introductionsAccepted").Resolve(c => c.Source.IntroductionsAccepted);
    }
}

public sealed class SkillCountType : ObjectGraphType<SkillCount>
{
    public SkillCountType()
    {
        Name = "SkillCount";
        Field(s => s.Skill);
        Field(s => s.Count).Description("Open roles asking for it.");
    }
}

public sealed class PeopleCountType : ObjectGraphType<PeopleCount>
{
    public PeopleCountType()
    {
        Name = "PeopleCount";
        Description = "A count of people: null under 10 (text \"fewer than 10\"), otherwise rounded down to a multiple of 5.";
        Field(p => p.Count, nullable: true);
        Field(p => p.Text);
    }
}

public sealed class LayoffQuarterType : ObjectGraphType<LayoffQuarter>
{
    public LayoffQuarterType()
    {
        Name = "LayoffQuarter";
        Field(l => l.Country).Description("ISO 3166 code.");
        Field(l => l.Quarter).Description("e.g. 2026-Q1.");
        Field(l => l.Layoffs).Description("People laid off, as companies reported.");
        Field(l => l.OpenCoopRoles).Description("Co-op roles open there at the quarter's end.");
        Field(l => l.Advisers).Description("Advisers for founders there at the quarter's end.");
    }
}
