using Microsoft.AspNetCore.Hosting;

namespace RolesBoard.Tests.Infrastructure;

/// <summary>
/// The app with a real SMTP server on loopback behind ROLESBOARD_SMTP, and background jobs polling every second,
/// for tests of what is mailed (confirmations, alerts, webhook notices).
/// </summary>
public class MailApp : RolesBoardApp
{
    public const string PublicUrl = "https://rolesboard.test";

    public SmtpTestServer Smtp { get; } = new();

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("ROLESBOARD_SMTP", Smtp.Url);
        builder.UseSetting("ROLESBOARD_MAIL_FROM", "RolesBoard <jobs@rolesboard.test>");
        builder.UseSetting("ROLESBOARD_PUBLIC_URL", PublicUrl);
        builder.UseSetting("Mail:PollSeconds", "1");
        ConfigureMoreSettings(builder);
    }

    /// <summary>Subclasses (an outage host, a fake clock) add settings of their own.</summary>
    protected virtual void ConfigureMoreSettings(IWebHostBuilder builder)
    {
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

[CollectionDefinition(nameof(MailCollection))]
public sealed class MailCollection : ICollectionFixture<MailApp>;
