using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Alerts;

/// <summary>
/// A seeker's saved search (a <see cref="RoleFilter"/>) or match alert (roles that fit their profile above a score):
/// one document for both, since both are sent, scheduled, unsubscribed and erased alike.
/// </summary>
public sealed class Alert
{
    public Guid Id { get; set; }
    public Guid ProfileId { get; set; }
    public AlertKind Kind { get; set; }
    public string Name { get; set; } = "";
    /// <summary>The filter as the seeker gave it (saved searches).</summary>
    public RoleFilter? Filter { get; set; }
    /// <summary>The filter resolved once (canonical skills, country code, co-op id, yearly pay) for matching new roles.</summary>
    public SearchCriteria? Criteria { get; set; }
    /// <summary>The lowest fit score (0..1) worth an alert (match alerts).</summary>
    public double? MinScore { get; set; }
    public AlertFrequency Frequency { get; set; }
    /// <summary>Unsubscribes this alert alone, without a login; it grants nothing else, so it is kept as is.</summary>
    public string UnsubscribeToken { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>
    /// The high-water mark: the newest role change already sent. A pending role recorded at or before it is never
    /// sent again, whatever happens to it later (closed and reopened, matched twice).
    /// </summary>
    public DateTimeOffset SentThrough { get; set; }
    /// <summary>When the next digest is due (DAILY, WEEKLY); null for INSTANT.</summary>
    public DateTimeOffset? NextDigestAt { get; set; }
    public DateTimeOffset? LastSentAt { get; set; }
    /// <summary>Canonical skills of the filter, as a column, so new roles find their searches through a GIN index.</summary>
    public List<string> Skills { get; set; } = [];

    /// <summary>One match alert per profile, with an id of its own (ids are unique across documents).</summary>
    public static Guid MatchAlertId(Guid profileId) => new(System.Security.Cryptography.SHA256.HashData(profileId.ToByteArray()).AsSpan(0, 16));
}

public enum AlertKind
{
    SavedSearch,
    Match,
}

/// <summary>A role a new change matched for an alert, waiting for the alert's next mail.</summary>
public sealed class PendingAlertRole
{
    /// <summary>Derived from (alert, role), so the same role is recorded for an alert at most once.</summary>
    public Guid Id { get; set; }
    public Guid AlertId { get; set; }
    public Guid ProfileId { get; set; }
    public Guid RoleId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public double? Score { get; set; }
    /// <summary>Set when mailed; the row stays as the record that this role went to this alert.</summary>
    public DateTimeOffset? SentAt { get; set; }

    public static Guid IdFor(Guid alertId, Guid roleId)
    {
        Span<byte> both = stackalloc byte[32];
        alertId.TryWriteBytes(both[..16]);
        roleId.TryWriteBytes(both[16..]);
        return new Guid(System.Security.Cryptography.SHA256.HashData(both).AsSpan(0, 16));
    }
}
