using MimeKit;

namespace RolesBoard.Api.Mail;

/// <summary>Hands a message on: to an SMTP server, or to a file when none is configured.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
