using System.Security.Cryptography;
using System.Text;

namespace RolesBoard.Api.Webhooks;

/// <summary>
/// Standard Webhooks signing: v1, + base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}", keyed with the
/// base64 part of the "whsec_" secret.
/// </summary>
public static class WebhookSigner
{
    private const string Prefix = "whsec_";

    public static string NewSecret() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string Sign(string secret, string messageId, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret.StartsWith(Prefix, StringComparison.Ordinal) ? secret[Prefix.Length..] : secret);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{messageId}.{timestamp}.{body}"));
        return "v1," + Convert.ToBase64String(mac);
    }
}
