namespace RolesBoard.Api.Profiles;

/// <summary>
/// A job seeker, written by themselves. Private by default: co-ops see it (without name or e-mail) only when
/// <see cref="VisibleToCoops"/> is set, and learn how to reach them only from an introduction they accepted.
/// </summary>
public sealed class Profile
{
    public Guid Id { get; set; }
    /// <summary>Marten's version of the stored row: an update must name the one it read (optimistic concurrency).</summary>
    public Guid Version { get; set; }
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string? Headline { get; set; }
    /// <summary>Canonical skill names (the shared vocabulary); unknown ones kept, cleaned.</summary>
    public List<string> Skills { get; set; } = [];
    public string? Location { get; set; }
    /// <summary>ISO 3166 code of where they live (given, or read from the location).</summary>
    public string? Country { get; set; }
    public RemotePreference Remote { get; set; } = RemotePreference.Any;
    /// <summary>Whether they would move for a role; without it, a role they cannot work from is no match.</summary>
    public bool WillRelocate { get; set; }
    public List<EmploymentType> EmploymentTypes { get; set; } = [];
    public Money? SalaryFloor { get; set; }
    /// <summary>The floor as yearly GBP, compared like with like against roles; null when not comparable.</summary>
    public double? SalaryFloorYearlyGbp { get; set; }
    public List<string> DesiredRoles { get; set; } = [];
    public int? YearsOfExperience { get; set; }
    public DateOnly? AvailableFrom { get; set; }
    public List<string> Languages { get; set; } = [];
    public int? HoursPerWeek { get; set; }
    /// <summary>IANA zone they keep hours in, when they gave one; matching falls back to their country's zone.</summary>
    public string? TimeZone { get; set; }
    /// <summary>What they want of the co-op itself (membership, flat pay, ownership, hours).</summary>
    public CoopPreferences CoopPreferences { get; set; } = CoopPreferences.None;
    public bool VisibleToCoops { get; set; }
    public bool WantsToJoin { get; set; } = true;
    public bool WantsToFound { get; set; }

    /// <summary>SHA-256 of the owner token; the token itself is shown once and never stored.</summary>
    public string TokenHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public sealed record Money(double Amount, string Currency, SalaryPeriod Period);

public enum RemotePreference
{
    Remote,
    Hybrid,
    Onsite,
    Any,
}
