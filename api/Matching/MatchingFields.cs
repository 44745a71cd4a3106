using GraphQL;
using GraphQL.Types;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Matching;

public static class MatchingFields
{
    public static void AddMatchingQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleMatchType>>>>("matches")
            .Description("Open roles that fit a profile, best first (the profile's token).")
            .Argument<NonNullGraphType<IdGraphType>>("profileId")
            .Argument<IntGraphType>("first", "How many, 1 to 100 (default 20).")
            .ResolveAsync(async c => await Get<Matches>(c).ForProfileAsync(Ids.From(c, "profileId"), PageSize.Check(c.GetArgument<int?>("first")), c.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CandidateMatchType>>>>("candidates")
            .Description("Opted-in seekers who fit a role, best first, without contact details (the role's co-op key).")
            .Argument<NonNullGraphType<IdGraphType>>("roleId")
            .Argument<IntGraphType>("first", "How many, 1 to 100 (default 20).")
            .ResolveAsync(async c => await Get<Matches>(c).ForRoleAsync(Ids.From(c, "roleId"), PageSize.Check(c.GetArgument<int?>("first")), c.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntroductionRequestType>>>>("introductionRequests")
            .Description("Co-ops asking to be introduced to you, newest first (the profile's token).")
            .Argument<NonNullGraphType<IdGraphType>>("profileId")
            .ResolveAsync(async c => await Get<Introductions>(c).ForProfileAsync(Ids.From(c, "profileId"), c.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntroductionType>>>>("introductions")
            .Description("Introductions your co-op asked for on a role; contact details appear once a candidate accepts (the role's co-op key).")
            .Argument<NonNullGraphType<IdGraphType>>("roleId")
            .ResolveAsync(async c => await Get<Introductions>(c).ForRoleAsync(Ids.From(c, "roleId"), c.CancellationToken));
    }

    public static void AddMatchingMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<IntroductionPayloadType>>("requestIntroduction")
            .Description("Ask to be introduced to a candidate for one of your roles (the role's co-op key).")
            .Argument<NonNullGraphType<IdGraphType>>("roleId")
            .Argument<NonNullGraphType<IdGraphType>>("profileId")
            .Argument<NonNullGraphType<StringGraphType>>("message", "What you would like to tell them, at most 2,000 characters.")
            .ResolveAsync(async c => await Get<Introductions>(c).RequestAsync(
                Ids.From(c, "roleId"), Ids.From(c, "profileId"), c.GetArgument<string>("message"), c.CancellationToken));
        mutation.Field<NonNullGraphType<IntroductionRequestPayloadType>>("answerIntroduction")
            .Description("Accept (the co-op then sees your name and e-mail) or decline an introduction request (the profile's token).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<BooleanGraphType>>("accept")
            .ResolveAsync(async c => await Get<Introductions>(c).AnswerAsync(Ids.From(c), c.GetArgument<bool>("accept"), c.CancellationToken));
    }

    private static T Get<T>(IResolveFieldContext context) where T : notnull => context.RequestServices!.GetRequiredService<T>();
}
