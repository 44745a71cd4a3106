using GraphQL;
using GraphQL.Types;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Founders.Circles;

public static class CircleFields
{
    public static void AddCircleQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CircleSuggestionType>>>>("foundingCircle")
            .Description("People in your country's founding circle with complementary skills and shared hours (your profile's token).")
            .Argument<NonNullGraphType<IdGraphType>>("profileId").Argument<IntGraphType>("first")
            .ResolveAsync(async c => await Get(c).SuggestAsync(Ids.From(c, "profileId"), c.GetArgument<int?>("first"), c.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CircleIntroductionType>>>>("foundingIntroductions")
            .Description("Introductions you asked for or were asked for (your profile's token).")
            .Argument<NonNullGraphType<IdGraphType>>("profileId")
            .ResolveAsync(async c => await Get(c).IntroductionsAsync(Ids.From(c, "profileId"), c.CancellationToken));
    }

    public static void AddCircleMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CircleMemberPayloadType>>("joinFoundingCircle")
            .Description("Opt in (or out) of meeting others who want to found a co-op in your country; needs wantsToFound (your profile's token).")
            .Argument<NonNullGraphType<IdGraphType>>("profileId").Argument<NonNullGraphType<BooleanGraphType>>("join")
            .ResolveAsync(async c => await Get(c).JoinAsync(Ids.From(c, "profileId"), c.GetArgument<bool>("join"), c.CancellationToken));
        mutation.Field<NonNullGraphType<CircleIntroductionPayloadType>>("requestFoundingIntroduction")
            .Description("Ask to meet a member of your circle; you learn each other's contact only if they accept.")
            .Argument<NonNullGraphType<IdGraphType>>("profileId").Argument<NonNullGraphType<IdGraphType>>("memberId").Argument<NonNullGraphType<StringGraphType>>("message")
            .ResolveAsync(async c => await Get(c).RequestAsync(Ids.From(c, "profileId"), Ids.From(c, "memberId"), c.GetArgument<string>("message"), c.CancellationToken));
        mutation.Field<NonNullGraphType<CircleIntroductionPayloadType>>("answerFoundingIntroduction")
            .Description("Accept or decline a request to meet (your profile's token).")
            .Argument<NonNullGraphType<IdGraphType>>("profileId").Argument<NonNullGraphType<IdGraphType>>("id").Argument<NonNullGraphType<BooleanGraphType>>("accept")
            .ResolveAsync(async c => await Get(c).AnswerAsync(Ids.From(c, "profileId"), Ids.From(c), c.GetArgument<bool>("accept"), c.CancellationToken));
    }

    private static FoundingCircles Get(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<FoundingCircles>();
}
