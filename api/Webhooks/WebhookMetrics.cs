using System.Diagnostics.Metrics;
using RolesBoard.Api.Mail;

namespace RolesBoard.Api.Webhooks;

/// <summary>Webhook counters on the "RolesBoard" meter.</summary>
public sealed class WebhookMetrics
{
    private readonly Counter<long> _delivered;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _disabled;

    public WebhookMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MailMetrics.MeterName);
        _delivered = meter.CreateCounter<long>("rolesboard_webhook_deliveries_total", description: "Webhook messages an endpoint accepted (2xx)");
        _failed = meter.CreateCounter<long>("rolesboard_webhook_failures_total", description: "Webhook attempts that failed (no 2xx within 15 s, refused, unreachable)");
        _disabled = meter.CreateCounter<long>("rolesboard_webhook_endpoints_disabled_total", description: "Endpoints disabled after a message failed every retry");
    }

    public void Delivered() => _delivered.Add(1);

    public void Failed() => _failed.Add(1);

    public void Disabled() => _disabled.Add(1);
}
