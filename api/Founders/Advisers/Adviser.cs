namespace RolesBoard.Api.Founders.Advisers;

/// <summary>
/// A co-op member or development adviser who gives an hour to founders. Listed publicly only once verified
/// (by the administrator, or at once when a verified co-op vouches with its key); the e-mail is never public.
/// </summary>
public sealed class Adviser
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string? Bio { get; set; }
    /// <summary>The co-op that vouched for them, when one did.</summary>
    public Guid? CoopId { get; set; }
    /// <summary>ISO 3166 codes of the countries whose legal forms they can advise on.</summary>
    public List<string> Countries { get; set; } = [];
    /// <summary>Lower-case language names or codes, as they wrote them ("english", "es").</summary>
    public List<string> Languages { get; set; } = [];
    /// <summary>Lower-case topics such as "legal forms", "governance", "finance", "converting a business".</summary>
    public List<string> Topics { get; set; } = [];
    /// <summary>IANA zone their slots are written in; weekly patterns repeat in its wall-clock time.</summary>
    public string TimeZone { get; set; } = "";
    public int HoursPerMonth { get; set; }
    public bool Verified { get; set; }
    public DateTimeOffset? VerifiedAt { get; set; }
    /// <summary>SHA-256 of the adviser token; the token is shown once and never stored.</summary>
    public string TokenHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
