using Microsoft.AspNetCore.Hosting;

namespace RolesBoard.Tests.Infrastructure;

/// <summary>
/// The mail host with webhook deliveries allowed onto loopback (where the receiver is: a test-only setting), a
/// retry schedule of seconds instead of hours, and the jobs looking every second.
/// </summary>
public class WebhooksApp : MailApp
{
    protected override void ConfigureMoreSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Webhooks:AllowPrivateNetwork", "true");
        builder.UseSetting("Webhooks:PollSeconds", "1");
        builder.UseSetting("Webhooks:RetrySeconds", "1,1");
        builder.UseSetting("Alerts:PollSeconds", "1");
    }
}

[CollectionDefinition(nameof(WebhooksCollection))]
public sealed class WebhooksCollection : ICollectionFixture<WebhooksApp>;
