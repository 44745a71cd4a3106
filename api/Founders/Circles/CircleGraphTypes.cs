using GraphQL.Types;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Matching;

namespace RolesBoard.Api.Founders.Circles;

public sealed class CircleMemberType : ObjectGraphType<CircleMember>
{
    public CircleMemberType()
    {
        Name = "FoundingCircleMember";
        Description = "Your membership of your country's founding circle.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("What other members see of you, instead of your profile's id.").Resolve(c => c.Source.Id);
        Field<StringGraphType>("country").Resolve(c => c.Source.Country);
    }
}

public sealed class CircleSuggestionType : ObjectGraphType<CircleSuggestion>
{
    public CircleSuggestionType()
    {
        Name = "FoundingCircleSuggestion";
        Description = "Someone who wants to found a co-op where you do: what they bring, never who they are until both accept.";
        Field<NonNullGraphType<IdGraphType>>("memberId").Resolve(c => c.Source.Member.Id);
        Field<StringGraphType>("headline").Resolve(c => c.Source.Profile.Headline);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("skills").Resolve(c => c.Source.Profile.Skills);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("complementarySkills").Description("Their skills you neither have nor imply.").Resolve(c => c.Source.Complementary);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("sharedSkills").Resolve(c => c.Source.Shared);
        Field<NonNullGraphType<FloatGraphType>>("overlapHours").Description("Working hours (09:00-17:00 local) your zones share on a weekday.").Resolve(c => c.Source.OverlapHours);
    }
}

public sealed class CircleIntroductionType : ObjectGraphType<CircleIntroductionView>
{
    public CircleIntroductionType()
    {
        Name = "FoundingIntroduction";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Introduction.Id);
        Field<NonNullGraphType<BooleanGraphType>>("sent").Description("True when you asked; false when you were asked.").Resolve(c => c.Source.Sent);
        Field<NonNullGraphType<IntroductionAnswerType>>("answer").Resolve(c => c.Source.Introduction.Answer);
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(c => c.Source.Introduction.Message);
        Field<IdGraphType>("otherMemberId").Resolve(c => c.Source.OtherMemberId);
        Field<StringGraphType>("otherHeadline").Resolve(c => c.Source.Other?.Headline);
        Field<ContactType>("contact").Description("How to reach each other: null until the invited member accepts.").Resolve(c => c.Source.Contact);
    }
}

public sealed class IntroductionAnswerType : EnumerationGraphType<IntroductionAnswer>
{
    public IntroductionAnswerType() => Name = "FoundingIntroductionAnswer";
}

public sealed class CircleMemberPayloadType() : PayloadType<CircleMember, CircleMemberType>("FoundingCirclePayload", "member");

public sealed class CircleIntroductionPayloadType() : PayloadType<CircleIntroductionView, CircleIntroductionType>("FoundingIntroductionPayload", "introduction");
