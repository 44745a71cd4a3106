using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace RolesBoard.Api.Mail;

/// <summary>
/// Sends through ROLESBOARD_SMTP with MailKit: smtps:// is TLS from the first byte, smtp:// upgrades with STARTTLS
/// when the server offers it; user:password in the URL authenticates.
/// </summary>
public sealed class SmtpMailTransport(MailSettings settings) : IMailTransport
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var server = settings.Smtp!;
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        var security = server.Scheme == "smtps" ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable;
        var port = server.IsDefaultPort || server.Port <= 0 ? (server.Scheme == "smtps" ? 465 : 25) : server.Port;
        await client.ConnectAsync(server.Host, port, security, cancellationToken);
        if (server.UserInfo.Length > 0)
        {
            var parts = server.UserInfo.Split(':', 2);
            var user = Uri.UnescapeDataString(parts[0]);
            var password = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "";
            await client.AuthenticateAsync(user, password, cancellationToken);
        }
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
