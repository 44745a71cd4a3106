using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using RolesBoard.Api.Mail;

namespace RolesBoard.Tests.Mail;

/// <summary>The embedded default: with no ROLESBOARD_SMTP, mail lands as .eml files a newcomer can open.</summary>
public sealed class FileMailTransportTests
{
    [Fact]
    public async Task WithoutAnSmtpServerEachMessageBecomesAnEmlFileNamedByItsMessageId()
    {
        var directory = Path.Combine(Path.GetTempPath(), "rolesboard-mail-test-" + Guid.NewGuid().ToString("N"));
        var settings = new MailSettings { Directory = directory };
        var mail = new OutgoingMail { Id = Guid.NewGuid(), To = "ana@example.org", Subject = "Confirm", Text = "Open http://localhost:5000/confirm?token=t", Html = "<p>hi</p>", QueuedAt = DateTimeOffset.UtcNow };
        var transport = new FileMailTransport(settings, NullLogger<FileMailTransport>.Instance);

        await transport.SendAsync(MimeComposer.Compose(mail, settings), CancellationToken.None);
        await transport.SendAsync(MimeComposer.Compose(mail, settings), CancellationToken.None);

        var file = Assert.Single(Directory.GetFiles(directory, "*.eml"));
        Assert.Contains(mail.Id.ToString("N"), file, StringComparison.Ordinal);
        var written = await MimeMessage.LoadAsync(file);
        Assert.Equal("Confirm", written.Subject);
        Assert.Contains("/confirm?token=t", written.TextBody, StringComparison.Ordinal);
        Directory.Delete(directory, recursive: true);
    }
}
