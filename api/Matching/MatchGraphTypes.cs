using GraphQL.Types;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Matching;

public sealed class RoleMatchType : ObjectGraphType<RoleMatch>
{
    public RoleMatchType()
    {
        Name = "RoleMatch";
        Description = "An open role that fits a seeker, and why.";
        Field<NonNullGraphType<RoleType>>("role").Resolve(c => c.Source.Role);
        FitFields.Add(this, m => m.Fit, m => m.Fit.Reasons, "Why, in words.");
    }
}

public sealed class CandidateMatchType : ObjectGraphType<CandidateMatch>
{
    public CandidateMatchType()
    {
        Name = "CandidateMatch";
        Description = "An opted-in seeker who fits a role, without contact details: ask for an introduction to reach them.";
        Field<NonNullGraphType<CandidateType>>("candidate").Resolve(c => c.Source.Profile);
        FitFields.Add(this, m => m.Fit, m => m.Reasons, "Why, in words, from the seeker's public facts (skills, country, time zone, availability).");
    }
}

/// <summary>
/// A seeker as co-ops see them: what they can do and want, never their name or e-mail (a name is enough to find
/// someone; an introduction the seeker accepts reveals both).
/// </summary>
public sealed class CandidateType : ObjectGraphType<Profile>
{
    public CandidateType()
    {
        Name = "Candidate";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(p => p.Headline, nullable: true);
        Field(p => p.Skills);
        Field(p => p.Country, nullable: true);
        Field(p => p.TimeZone, nullable: true);
        Field<NonNullGraphType<RemotePreferenceType>>("remote").Resolve(c => c.Source.Remote);
        Field(p => p.WillRelocate);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EmploymentTypeType>>>>("employmentTypes").Resolve(c => c.Source.EmploymentTypes);
        Field(p => p.DesiredRoles);
        Field(p => p.YearsOfExperience, nullable: true);
        Field<DateGraphType>("availableFrom").Resolve(c => c.Source.AvailableFrom?.ToDateTime(TimeOnly.MinValue));
        Field(p => p.Languages);
        Field(p => p.HoursPerWeek, nullable: true);
        Field(p => p.WantsToJoin);
        Field(p => p.WantsToFound);
    }
}

internal static class FitFields
{
    public static void Add<T>(ObjectGraphType<T> type, Func<T, Fit> fit, Func<T, IReadOnlyList<string>> reasons, string reasonsDescription)
    {
        type.Field<NonNullGraphType<FloatGraphType>>("score").Description("0 to 1: skills weigh most, then place, time zone, terms, pay and freshness.").Resolve(c => fit(c.Source).Score);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("matchedSkills").Description("The role's skills the seeker has.").Resolve(c => fit(c.Source).MatchedSkills);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("missingSkills").Description("The role's skills the seeker does not list (related ones still earn partial credit).").Resolve(c => fit(c.Source).MissingSkills);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons").Description(reasonsDescription).Resolve(c => reasons(c.Source));
    }
}
