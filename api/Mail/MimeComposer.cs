using MimeKit;
using MimeKit.Text;

namespace RolesBoard.Api.Mail;

/// <summary>Turns an outbox message into MIME: text and HTML as alternatives, extra parts beside or attached.</summary>
public static class MimeComposer
{
    public static MimeMessage Compose(OutgoingMail mail, MailSettings settings)
    {
        var message = new MimeMessage
        {
            // Stable across retries: the outbox id is the Message-Id, so a resend is the same message.
            MessageId = MessageId(mail, settings),
            Subject = mail.Subject,
            Date = mail.QueuedAt,
        };
        message.From.Add(settings.From);
        message.To.Add(MailboxAddress.Parse(mail.To));
        foreach (var (name, value) in mail.Headers)
        {
            message.Headers.Replace(name, value);
        }
        message.Body = Body(mail);
        return message;
    }

    public static string MessageId(OutgoingMail mail, MailSettings settings) =>
        $"{mail.Id:N}@{settings.PublicUrl.Host}";

    private static MimeEntity Body(OutgoingMail mail)
    {
        var alternative = new MultipartAlternative { new TextPart(TextFormat.Plain) { Text = mail.Text } };
        if (mail.Html is not null)
        {
            alternative.Add(new TextPart(TextFormat.Html) { Text = mail.Html });
        }
        foreach (var part in mail.Parts.Where(p => p.Alternative))
        {
            alternative.Add(Part(part));
        }
        var attachments = mail.Parts.Where(p => !p.Alternative).ToList();
        if (attachments.Count == 0)
        {
            return alternative;
        }
        var mixed = new Multipart("mixed") { alternative };
        foreach (var part in attachments)
        {
            var entity = Part(part);
            entity.ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) { FileName = part.FileName };
            mixed.Add(entity);
        }
        return mixed;
    }

    private static TextPart Part(MailPart part)
    {
        var type = ContentType.Parse(part.ContentType);
        var entity = new TextPart(type.MediaSubtype) { Text = part.Content };
        foreach (var parameter in type.Parameters)
        {
            entity.ContentType.Parameters[parameter.Name] = parameter.Value;
        }
        return entity;
    }
}
