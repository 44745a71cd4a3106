using Microsoft.AspNetCore.DataProtection;

namespace RolesBoard.Api.Webhooks;

/// <summary>
/// Webhook signing secrets at rest: every delivery is signed with one, so it cannot be hashed like a key, but it is
/// stored only encrypted (ASP.NET Core Data Protection, keys outside the database: see WebhooksExtensions), so a
/// copy of the database alone signs nothing. The plain secret exists in memory, in the creation's answer (shown
/// once) and while signing.
/// </summary>
public sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("RolesBoard.Webhooks.SigningSecret.v1");

    /// <summary>Gives <paramref name="webhook"/> a new secret, stored protected; returns the plain one to show once.</summary>
    public string Issue(Webhook webhook)
    {
        var secret = WebhookSigner.NewSecret();
        webhook.ProtectedSecret = Protect(secret);
        webhook.Secret = "";
        return secret;
    }

    /// <summary>A plain secret as it is stored.</summary>
    public string Protect(string secret) => _protector.Protect(secret);

    /// <summary>The plain secret to sign with; a webhook stored before protection signs with its plain one until
    /// <see cref="PlainSecretProtection"/> encrypts it at the next start.</summary>
    public string Reveal(Webhook webhook) => webhook.ProtectedSecret is { } protectedSecret ? _protector.Unprotect(protectedSecret) : webhook.Secret;
}
