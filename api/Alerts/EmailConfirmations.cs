using System.Text.Encodings.Web;
using Marten;
using RolesBoard.Api.Auth;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Mail;
using RolesBoard.Api.Profiles;

namespace RolesBoard.Api.Alerts;

/// <summary>
/// Sends the one confirmation mail for an address, confirms it from the link, and resends within limits (one a
/// quarter of an hour, five a day: a resend is mail bought with one request, so it is bounded).
/// </summary>
public sealed class EmailConfirmations(MailOutbox outbox, MailSettings mail, TimeProvider clock)
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(48);
    public static readonly TimeSpan ResendGap = TimeSpan.FromMinutes(15);
    public const int SendsPerDay = 5;

    /// <summary>Starts (or restarts) confirming the profile's address: a new link, mailed in the caller's session.</summary>
    public async Task StartAsync(IDocumentSession session, Profile profile, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var confirmation = await session.LoadAsync<EmailConfirmation>(profile.Id, cancellationToken) ?? new EmailConfirmation { Id = profile.Id };
        var token = Secrets.New("rbc");
        confirmation.Email = profile.Email;
        confirmation.TokenHash = Secrets.Hash(token);
        confirmation.ExpiresAt = now + LinkLifetime;
        confirmation.SentAt = [.. confirmation.SentAt.Where(t => t > now.AddDays(-1)), now];
        session.Store(confirmation);
        var link = mail.Link($"/confirm?token={Uri.EscapeDataString(token)}");
        var name = HtmlEncoder.Default.Encode(profile.Name);
        outbox.Queue(session, new MailDraft(
            profile.Email,
            "Confirm your address for RolesBoard",
            $"Hello {profile.Name},\n\nPlease confirm this address, so RolesBoard can send you job alerts:\n{link}\n\n"
                + $"The link works for {LinkLifetime.TotalHours:0} hours. If you did not create a RolesBoard profile, ignore this mail: nothing more will be sent.\n",
            $"<p>Hello {name},</p><p>Please <a href=\"{HtmlEncoder.Default.Encode(link)}\">confirm this address</a>, so RolesBoard can send you job alerts.</p>"
                + $"<p>The link works for {LinkLifetime.TotalHours:0} hours. If you did not create a RolesBoard profile, ignore this mail: nothing more will be sent.</p>",
            "confirm-email",
            profile.Id));
    }

    public async Task<ConfirmOutcome> ConfirmAsync(IDocumentSession session, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return ConfirmOutcome.Unknown;
        }
        var hash = Secrets.Hash(token);
        var confirmation = await session.Query<EmailConfirmation>().FirstOrDefaultAsync(c => c.TokenHash == hash, cancellationToken);
        if (confirmation is null)
        {
            return ConfirmOutcome.Unknown;
        }
        if (confirmation.ExpiresAt <= clock.GetUtcNow())
        {
            return ConfirmOutcome.Expired;
        }
        confirmation.ConfirmedEmail = confirmation.Email;
        confirmation.ConfirmedAt = clock.GetUtcNow();
        confirmation.TokenHash = null;
        session.Store(confirmation);
        await session.SaveChangesAsync(cancellationToken);
        return ConfirmOutcome.Confirmed;
    }

    /// <summary>Another link for the profile's address, unless it is confirmed already or the limits say wait.</summary>
    public async Task<UserError?> ResendAsync(IDocumentSession session, Profile profile, CancellationToken cancellationToken)
    {
        var confirmation = await session.LoadAsync<EmailConfirmation>(profile.Id, cancellationToken);
        if (confirmation is not null && confirmation.Confirms(profile.Email))
        {
            return new UserError("profileId", "This address is already confirmed.", "ALREADY_CONFIRMED");
        }
        var now = clock.GetUtcNow();
        var recent = confirmation?.SentAt.Where(t => t > now.AddDays(-1)).ToList() ?? [];
        if (recent.Count >= SendsPerDay || recent.Any(t => t > now - ResendGap))
        {
            return new UserError("profileId", $"A confirmation was sent recently; wait {ResendGap.TotalMinutes:0} minutes (at most {SendsPerDay} a day).", "RATE_LIMITED");
        }
        await StartAsync(session, profile, cancellationToken);
        await session.SaveChangesAsync(cancellationToken);
        return null;
    }

    public static async Task<bool> IsConfirmedAsync(IQuerySession session, Profile profile, CancellationToken cancellationToken) =>
        await session.LoadAsync<EmailConfirmation>(profile.Id, cancellationToken) is { } c && c.Confirms(profile.Email);
}

public enum ConfirmOutcome
{
    Confirmed,
    Expired,
    Unknown,
}

/// <summary>Creating a profile, or changing its address, mails one confirmation link (in the same transaction).</summary>
internal sealed class ConfirmOnProfileChange(EmailConfirmations confirmations) : IProfileChanges
{
    public async Task OnSavingAsync(IDocumentSession session, Profile profile, string? previousEmail, CancellationToken cancellationToken)
    {
        if (previousEmail is null || !string.Equals(previousEmail, profile.Email, StringComparison.OrdinalIgnoreCase))
        {
            await confirmations.StartAsync(session, profile, cancellationToken);
        }
    }
}
