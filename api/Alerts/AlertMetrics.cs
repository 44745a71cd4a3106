using System.Diagnostics.Metrics;
using RolesBoard.Api.Mail;

namespace RolesBoard.Api.Alerts;

/// <summary>Alert counters on the "RolesBoard" meter.</summary>
public sealed class AlertMetrics
{
    private readonly Counter<long> _mails;
    private readonly Counter<long> _roles;
    private readonly Counter<long> _fannedOut;
    private readonly Histogram<double> _fanOutSeconds;

    public AlertMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MailMetrics.MeterName);
        _mails = meter.CreateCounter<long>("rolesboard_alert_mails_total", description: "Alert mails queued, by frequency");
        _roles = meter.CreateCounter<long>("rolesboard_alert_roles_total", description: "Roles listed in alert mails");
        _fannedOut = meter.CreateCounter<long>("rolesboard_alert_matches_total", description: "(alert, role) pairs found by the fan-out of new roles");
        _fanOutSeconds = meter.CreateHistogram<double>("rolesboard_alert_fanout_seconds", "s", "Time to offer one new role to every alert");
    }

    public void Sent(AlertFrequency frequency, int roles)
    {
        var tag = new KeyValuePair<string, object?>("frequency", frequency.ToString().ToUpperInvariant());
        _mails.Add(1, tag);
        _roles.Add(roles, tag);
    }

    public void FannedOut(int matches, TimeSpan took)
    {
        _fannedOut.Add(matches);
        _fanOutSeconds.Record(took.TotalSeconds);
    }
}
