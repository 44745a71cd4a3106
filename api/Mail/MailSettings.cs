using MimeKit;

namespace RolesBoard.Api.Mail;

/// <summary>
/// Where mail goes: ROLESBOARD_SMTP (smtp://user:password@host:port, or smtps:// for TLS from the first byte);
/// unset, each message is written as an .eml file under ROLESBOARD_MAIL_DIR (.data/mail) and its links are logged.
/// Links in mail are built from ROLESBOARD_PUBLIC_URL, since a background job has no request to take an origin from.
/// </summary>
public sealed class MailSettings
{
    public Uri? Smtp { get; init; }
    public MailboxAddress From { get; init; } = new("RolesBoard", "noreply@localhost");
    public Uri PublicUrl { get; init; } = new("http://localhost:5000/");
    public string Directory { get; init; } = Path.Combine(".data", "mail");
    /// <summary>How often the delivery job looks for queued mail.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    public static MailSettings Read(IConfiguration configuration)
    {
        var smtp = configuration["ROLESBOARD_SMTP"];
        var from = configuration["ROLESBOARD_MAIL_FROM"];
        var publicUrl = configuration["ROLESBOARD_PUBLIC_URL"];
        var settings = new MailSettings
        {
            Smtp = string.IsNullOrWhiteSpace(smtp) ? null : ParseSmtp(smtp),
            From = string.IsNullOrWhiteSpace(from) ? new MailboxAddress("RolesBoard", "noreply@localhost") : ParseFrom(from),
            PublicUrl = string.IsNullOrWhiteSpace(publicUrl) ? new Uri("http://localhost:5000/") : ParsePublicUrl(publicUrl),
            Directory = configuration["ROLESBOARD_MAIL_DIR"] ?? Path.Combine(".data", "mail"),
            PollInterval = TimeSpan.FromSeconds(configuration.GetValue("Mail:PollSeconds", 5.0)),
        };
        return settings;
    }

    /// <summary>An absolute link to one of our pages, e.g. Link("/confirm?token=...").</summary>
    public string Link(string pathAndQuery) => new Uri(PublicUrl, pathAndQuery.TrimStart('/')).AbsoluteUri;

    private static Uri ParseSmtp(string value)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "smtp" or "smtps" && uri.Host.Length > 0)
        {
            return uri;
        }
        throw new Storage.StartupException("ROLESBOARD_SMTP must look like smtp://user:password@host:587 or smtps://host:465.");
    }

    private static MailboxAddress ParseFrom(string value) =>
        MailboxAddress.TryParse(value, out var address)
            ? address
            : throw new Storage.StartupException("ROLESBOARD_MAIL_FROM must be an address, e.g. \"RolesBoard <jobs@example.org>\".");

    private static Uri ParsePublicUrl(string value)
    {
        if (Uri.TryCreate(value.EndsWith('/') ? value : value + "/", UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri;
        }
        throw new Storage.StartupException("ROLESBOARD_PUBLIC_URL must be an http(s) URL, e.g. https://rolesboard.example.org.");
    }
}
