using Marten;

namespace RolesBoard.Api.Profiles;

/// <summary>
/// A feature that acts when a profile is created or its e-mail changes (the address confirmation), writing into the
/// same session so that what it queues commits with the profile or not at all.
/// </summary>
public interface IProfileChanges
{
    /// <summary>Called before the session that writes <paramref name="profile"/> is saved.</summary>
    /// <param name="session">The profile's session: what is written here commits with the profile.</param>
    /// <param name="profile">The profile as it will be saved.</param>
    /// <param name="previousEmail">The address before this change; null when the profile is new.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    Task OnSavingAsync(IDocumentSession session, Profile profile, string? previousEmail, CancellationToken cancellationToken);
}
