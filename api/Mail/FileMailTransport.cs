using System.Text.RegularExpressions;
using MimeKit;

namespace RolesBoard.Api.Mail;

/// <summary>
/// The embedded default when no SMTP server is configured: each message becomes an .eml file (open it in any mail
/// client) under the mail directory, and its links are logged, so a newcomer can confirm an address or follow an
/// alert without a mail server.
/// </summary>
public sealed partial class FileMailTransport(MailSettings settings, ILogger<FileMailTransport> logger) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(settings.Directory);
        // Named by Message-Id, so sending the same message again overwrites rather than duplicates it.
        var name = $"{message.Date.UtcDateTime:yyyyMMdd-HHmmss}-{(message.MessageId ?? "").Split('@')[0]}.eml";
        var path = Path.Combine(settings.Directory, name);
        await message.WriteToAsync(path, cancellationToken);
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }
        var links = Links().Matches(message.TextBody ?? "").Select(m => m.Value).Distinct();
        logger.LogInformation("Mail to {To} ({Subject}) written to {Path}; links: {Links}",
            message.To, message.Subject, path, string.Join(" ", links));
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Links();
}
