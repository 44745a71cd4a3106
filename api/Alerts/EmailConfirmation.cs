namespace RolesBoard.Api.Alerts;

/// <summary>
/// Double opt-in for a profile's address: nothing but the confirmation itself is mailed to an address until its
/// owner has followed the link. Changing the address starts again. Id = the profile's id.
/// </summary>
public sealed class EmailConfirmation
{
    public Guid Id { get; set; }
    /// <summary>The address the pending link confirms.</summary>
    public string Email { get; set; } = "";
    /// <summary>SHA-256 of the link's token; the token is only in the mail.</summary>
    public string? TokenHash { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    /// <summary>The address that was confirmed, and when; alerts go only while it is still the profile's address.</summary>
    public string? ConfirmedEmail { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    /// <summary>When confirmation mails were sent in the last day, for the resend limit.</summary>
    public List<DateTimeOffset> SentAt { get; set; } = [];

    public bool Confirms(string email) => ConfirmedEmail is not null && string.Equals(ConfirmedEmail, email, StringComparison.OrdinalIgnoreCase);
}
