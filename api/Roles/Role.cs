namespace RolesBoard.Api.Roles;

/// <summary>An open (or once open) role at a co-op, posted by the co-op or found on its site by a scraper.</summary>
public sealed class Role
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public string Title { get; set; } = "";
    /// <summary>Sanitized HTML, safe to render.</summary>
    public string DescriptionHtml { get; set; } = "";
    public string DescriptionText { get; set; } = "";
    /// <summary>Canonical skill names (the shared vocabulary), unknown ones kept as written.</summary>
    public List<string> Skills { get; set; } = [];
    public string? Location { get; set; }
    /// <summary>ISO 3166 code of where the role is based (given, or read from the location).</summary>
    public string? Country { get; set; }
    public RemotePolicy? Remote { get; set; }
    /// <summary>ISO 3166 country codes (or "EU") a remote role is open to; empty means anywhere.</summary>
    public List<string> RemoteRegions { get; set; } = [];
    /// <summary>IANA zone whose working hours a remote role needs to overlap; null: the default zone of its country.</summary>
    public string? TimeZone { get; set; }
    /// <summary>Working hours a remote worker must share with <see cref="TimeZone"/>; null: the matching default.</summary>
    public int? MinOverlapHours { get; set; }
    public EmploymentType? EmploymentType { get; set; }
    public Salary? Salary { get; set; }
    /// <summary>The top of the range as yearly GBP, for filtering and matching (null when not comparable).</summary>
    public double? SalaryMaxYearlyGbp { get; set; }
    public string? ApplyUrl { get; set; }
    public DateOnly? ValidThrough { get; set; }
    /// <summary>The end of the ValidThrough day (UTC): after it the role drops out of every listing.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset DatePosted { get; set; }

    public RoleStatus Status { get; set; } = RoleStatus.Open;
    public DateTimeOffset? ClosedAt { get; set; }
    public RoleSource Source { get; set; } = RoleSource.Posted;
    public string? SourceUrl { get; set; }
    /// <summary>Stable upsert key of a scraped role (source + ATS id, or canonical URL).</summary>
    public string? SourceKey { get; set; }
    public string? SourceTerms { get; set; }
    public bool Syndicate { get; set; } = true;
    public DateTimeOffset? LastSeenAt { get; set; }
    public int MissedScrapes { get; set; }
    /// <summary>How sure the scraper was that prose on the co-op's site announced this role (0 to 1); null for structured sources.</summary>
    public double? ScrapeConfidence { get; set; }
    /// <summary>What the scraper found in the prose: "RoleTitle", "Salary", "ClosingDate"…</summary>
    public List<string> ScrapeEvidence { get; set; } = [];
    /// <summary>A hash of the scraped role as last read: the same again means only its last-seen time moves on.</summary>
    public string? ScrapeFingerprint { get; set; }
    /// <summary>The posted role a scraped copy was linked to, instead of a duplicate.</summary>
    public Guid? LinkedRoleId { get; set; }

    public string? IdempotencyKey { get; set; }
    /// <summary>Title, skills, place and description, for full-text search.</summary>
    public string SearchText { get; set; } = "";

    /// <summary>
    /// Always null here: the column it is duplicated into holds to_tsvector(SearchText), filled by the database
    /// (SearchVectorTrigger), so ranking reads a stored vector instead of parsing every matching row's text.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? SearchVector { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsOpenAt(DateTimeOffset now) => Status == RoleStatus.Open && (ExpiresAt is null || ExpiresAt > now);
}

public sealed record Salary(double Min, double Max, string Currency, SalaryPeriod Period);

public enum RoleStatus
{
    Open,
    Closed,
    /// <summary>Read from prose with too little evidence: held until its co-op confirms it, never listed meanwhile.</summary>
    Draft,
}

public enum RoleSource
{
    Posted,
    Scraped,
}
