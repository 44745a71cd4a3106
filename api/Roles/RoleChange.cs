namespace RolesBoard.Api.Roles;

/// <summary>
/// The outbox of role changes: one per role that opened, changed in what a reader sees, or closed, written in the
/// same transaction as the change itself (<see cref="RoleChangeRecorder"/>), whichever feature made it (posting,
/// editing, closing, scraping). Each consumer (alerts, webhooks) gets its own copy and deletes it in the
/// transaction that handles it, so a change is neither lost when a consumer is down nor handled twice, and the
/// consumers never contend for one row.
/// </summary>
public sealed class RoleChange
{
    /// <summary>Version 7: time-ordered, so consumers take changes in the order they were recorded.</summary>
    public Guid Id { get; set; }
    public Guid RoleId { get; set; }
    public RoleChangeKind Kind { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    /// <summary>The consumer this copy is for (e.g. "alerts", "webhooks").</summary>
    public string Consumer { get; set; } = "";
}

/// <summary>A feature that reads the role-change outbox registers its name with this.</summary>
public sealed record RoleChangeConsumer(string Name);

public enum RoleChangeKind
{
    Opened,
    Updated,
    Closed,
}
