using GraphQL.Types;

namespace RolesBoard.Api.Alerts;

/// <summary>INSTANT: within a minute of a role opening. DAILY and WEEKLY: a digest at a fixed local hour.</summary>
public enum AlertFrequency
{
    Instant,
    Daily,
    Weekly,
}

public sealed class AlertFrequencyType : EnumerationGraphType<AlertFrequency>
{
    public AlertFrequencyType() => Name = "AlertFrequency";
}
