using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace RolesBoard.Tests.Infrastructure;

/// <summary>
/// The mail host with a clock the tests move forward (digests at 08:00 local, links that expire, resend limits),
/// and the alert job looking every second. Webhooks may be delivered to a receiver on loopback (a test-only
/// setting) and roles past their validThrough are closed within a second, so expiry's ROLE_CLOSED can be watched.
/// </summary>
public class AlertsApp : MailApp
{
    public ShiftedClock Clock { get; } = new();

    protected override void ConfigureMoreSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Alerts:PollSeconds", "1");
        builder.UseSetting("Webhooks:AllowPrivateNetwork", "true");
        builder.UseSetting("Webhooks:PollSeconds", "1");
        builder.UseSetting("Roles:ExpirySeconds", "1");
        // The clock jumps: missed firings are rescheduled within a second.
        builder.UseSetting("Scheduling:MisfireSeconds", "1");
        builder.UseSetting("Scheduling:MisfireCheckSeconds", "1");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

[CollectionDefinition(nameof(AlertsCollection))]
public sealed class AlertsCollection : ICollectionFixture<AlertsApp>;
