using System.Diagnostics;
using Marten;
using Quartz;
using RolesBoard.Api.Roles;
using RolesBoard.Api.Storage;

namespace RolesBoard.Api.Alerts;

/// <summary>
/// The alerts' background work, on one node of the Quartz cluster at a time: offer each newly opened role to every
/// alert (from the role-change outbox, one transaction per change), then send instant alerts with pending roles
/// and the digests whose local hour has come. Every step commits what it did, so a restart or an outage resumes
/// where it stopped and repeats nothing.
/// </summary>
[DisallowConcurrentExecution]
public sealed class AlertJob(
    IDocumentStore store, AlertFanOut fanOut, MatchAlertIndex index, SavedSearchIndex searches, AlertMailer mailer, AlertMetrics metrics, TimeProvider clock, ILogger<AlertJob> logger)
    : IJob
{
    public const string Consumer = "alerts";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await RunAsync(cancellationToken);
        }
        catch (Exception e) when (DatabaseFaults.IsUnavailable(e))
        {
            logger.LogWarning(e, "Alerts paused: the database is unavailable");
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await index.SyncAsync(cancellationToken);
        await searches.SyncAsync(cancellationToken);
        await FanOutAsync(cancellationToken);
        await SendDueAsync(cancellationToken);
    }

    private Task FanOutAsync(CancellationToken cancellationToken) =>
        RoleChangeOutbox.DrainAsync(store, Consumer, async (session, change, ct) =>
        {
            if (change.Kind == RoleChangeKind.Opened && await session.LoadAsync<Role>(change.RoleId, ct) is { } role && role.IsOpenAt(clock.GetUtcNow()))
            {
                var started = Stopwatch.GetTimestamp();
                var found = await fanOut.MatchAsync(session, role, ct);
                metrics.FannedOut(found.Count, Stopwatch.GetElapsedTime(started));
                await AlertFanOut.RecordAsync(session, found, ct);
            }
        }, cancellationToken);

    private async Task SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<Guid> due;
        await using (var query = store.QuerySession())
        {
            var instant = await query.QueryAsync<Guid>(
                $"select distinct a.id from {store.Options.DatabaseSchemaName}.mt_doc_alert a join {store.Options.DatabaseSchemaName}.mt_doc_pendingalertrole p on p.alert_id = a.id " +
                "where a.frequency = 'Instant' and p.sent_at is null", cancellationToken);
            var digests = await query.Query<Alert>().Where(a => a.NextDigestAt != null && a.NextDigestAt <= now).Select(a => a.Id).ToListAsync(cancellationToken);
            due = [.. instant.Concat(digests).Distinct()];
        }
        await mailer.SendAllAsync(due, cancellationToken);
    }
}
