namespace RolesBoard.Api.Coops;

/// <summary>A member co-operative: who it is, how it is owned and run, and where its roles come from.</summary>
public sealed class Coop
{
    public Guid Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string Website { get; set; } = "";
    /// <summary>The website's host without "www.": one co-op per domain.</summary>
    public string Domain { get; set; } = "";
    public string? Description { get; set; }
    public string? Location { get; set; }
    public string? Country { get; set; }
    public List<string> Networks { get; set; } = [];

    /// <summary>Careers pages and feeds the scrapers read: set by the co-op or the administrator, or discovered.</summary>
    public List<string> CareersUrls { get; set; } = [];
    public string? CareersUrlsFoundBy { get; set; }
    /// <summary>Hand-written selector rules for careers sources the extractors cannot read alone, set by the co-op or the administrator.</summary>
    public List<SourceRule> SourceRules { get; set; } = [];

    // What co-op seekers ask and job boards don't model.
    public Ownership? Ownership { get; set; }
    public int? MembershipAfterMonths { get; set; }
    public string? MembershipTrack { get; set; }
    public bool? FlatPay { get; set; }
    public double? PayRatio { get; set; }
    public double? HoursPerWeek { get; set; }

    public bool Verified { get; set; }
    public DateTimeOffset? VerifiedAt { get; set; }
    /// <summary>SHA-256 of the co-op's API key; empty for a member imported from the register and not yet claimed.</summary>
    public string ApiKeyHash { get; set; } = "";
    /// <summary>
    /// SHA-256 of the key given to a registration that has not yet proved it controls the domain. It acts for nobody:
    /// it only asks for the proof to be checked (<see cref="DomainProof"/>), and becomes the API key once proved or
    /// once the administrator verifies the co-op. A newer claim replaces it, so a false claim cannot lock the owner out.
    /// </summary>
    public string PendingKeyHash { get; set; } = "";
    public DateTimeOffset? DomainProvedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public enum Ownership
{
    WorkerOwned,
    MultiStakeholder,
    Other,
}
