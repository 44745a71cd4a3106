namespace RolesBoard.Api.Matching;

/// <summary>
/// A co-op's request to be introduced to a candidate for one of its roles. The seeker's contact details are not
/// copied here: the co-op sees them from the profile, and only once the seeker has accepted.
/// </summary>
public sealed class Introduction
{
    public Guid Id { get; set; }
    public Guid RoleId { get; set; }
    public Guid CoopId { get; set; }
    public Guid ProfileId { get; set; }
    public string Message { get; set; } = "";
    public IntroductionStatus Status { get; set; } = IntroductionStatus.Pending;
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
}

public enum IntroductionStatus
{
    Pending,
    Accepted,
    Declined,
}
