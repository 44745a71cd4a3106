using System.Diagnostics.Metrics;

namespace RolesBoard.Api.Mail;

/// <summary>Mail delivery counters on the "RolesBoard" meter (exported to Prometheus by that name).</summary>
public sealed class MailMetrics
{
    private readonly Counter<long> _sent;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _abandoned;

    public MailMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _sent = meter.CreateCounter<long>("rolesboard_mail_sent_total", description: "Messages accepted by the mail server (or written to .data/mail)");
        _failed = meter.CreateCounter<long>("rolesboard_mail_failed_total", description: "Attempts to send a message that failed and will be retried");
        _abandoned = meter.CreateCounter<long>("rolesboard_mail_abandoned_total", description: "Messages given up on after repeated failures");
    }

    /// <summary>The one meter every RolesBoard counter is created on.</summary>
    public const string MeterName = "RolesBoard";

    public void Sent(string kind) => _sent.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void Failed(string kind) => _failed.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void Abandoned(string kind) => _abandoned.Add(1, new KeyValuePair<string, object?>("kind", kind));
}
