using GraphQL.Types;
using RolesBoard.Api.Coops;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Matching;

/// <summary>An introduction request as the co-op sees it.</summary>
public sealed class IntroductionType : ObjectGraphType<CoopIntroduction>
{
    public IntroductionType()
    {
        Name = "Introduction";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Introduction.Id);
        Field<NonNullGraphType<CandidateType>>("candidate").Resolve(c => c.Source.Candidate);
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(c => c.Source.Introduction.Message);
        Field<NonNullGraphType<IntroductionStatusType>>("status").Resolve(c => c.Source.Introduction.Status);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("requestedAt").Resolve(c => c.Source.Introduction.RequestedAt);
        Field<DateTimeOffsetGraphType>("answeredAt").Resolve(c => c.Source.Introduction.AnsweredAt);
        Field<ContactType>("contact").Description("How to reach the candidate: null until they accept.").Resolve(c => c.Source.Contact);
    }
}

public sealed class ContactType : ObjectGraphType<Contact>
{
    public ContactType()
    {
        Name = "Contact";
        Field(c => c.Name);
        Field(c => c.Email);
    }
}

/// <summary>An introduction request as the seeker sees it.</summary>
public sealed class IntroductionRequestType : ObjectGraphType<SeekerIntroduction>
{
    public IntroductionRequestType()
    {
        Name = "IntroductionRequest";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Introduction.Id);
        Field<NonNullGraphType<RoleType>>("role").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<CoopType>>("coop").Resolve(c => c.RequestServices!.GetRequiredService<CoopLoader>().Load(c.Source.Role.CoopId));
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(c => c.Source.Introduction.Message);
        Field<NonNullGraphType<IntroductionStatusType>>("status").Resolve(c => c.Source.Introduction.Status);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("requestedAt").Resolve(c => c.Source.Introduction.RequestedAt);
        Field<DateTimeOffsetGraphType>("answeredAt").Resolve(c => c.Source.Introduction.AnsweredAt);
    }
}

public sealed class IntroductionStatusType : EnumerationGraphType<IntroductionStatus>
{
    public IntroductionStatusType() => Name = "IntroductionStatus";
}

public sealed class IntroductionPayloadType() : PayloadType<CoopIntroduction, IntroductionType>("IntroductionPayload", "introduction");

public sealed class IntroductionRequestPayloadType() : PayloadType<SeekerIntroduction, IntroductionRequestType>("IntroductionRequestPayload", "introductionRequest");
