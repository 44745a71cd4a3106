namespace RolesBoard.Api.Founders.Circles;

/// <summary>
/// A seeker who wants to found a co-op and has opted in to meet others who do. Its own id, not the profile's, is
/// what other members see; the country is copied so a circle is read by country without loading every profile.
/// </summary>
public sealed class CircleMember
{
    public Guid Id { get; set; }
    public Guid ProfileId { get; set; }
    public string? Country { get; set; }
    public DateTimeOffset JoinedAt { get; set; }
}

/// <summary>One member's request to meet another. Contact details are shared only once both have accepted.</summary>
public sealed class CircleIntroduction
{
    public Guid Id { get; set; }
    public Guid FromProfileId { get; set; }
    public Guid ToProfileId { get; set; }
    public string Message { get; set; } = "";
    public IntroductionAnswer Answer { get; set; } = IntroductionAnswer.Pending;
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
}

public enum IntroductionAnswer
{
    Pending,
    Accepted,
    Declined,
}
