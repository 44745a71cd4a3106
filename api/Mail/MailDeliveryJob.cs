using Marten;
using Quartz;
using RolesBoard.Api.Storage;

namespace RolesBoard.Api.Mail;

/// <summary>
/// Sends what the outbox holds. Quartz runs it on one node of the cluster at a time; each message is marked sent
/// in its own transaction right after the server accepts it, so a crash or an outage resends at most the one
/// message in flight (with the same Message-Id), and a failed message waits its backoff without holding up others.
/// </summary>
[DisallowConcurrentExecution]
public sealed class MailDeliveryJob(
    IDocumentStore store, IMailTransport transport, MailSettings settings, MailMetrics metrics, TimeProvider clock, ILogger<MailDeliveryJob> logger)
    : IJob
{
    private const int DrainLockKeySpace = 0x52424D4C; // "RBML"
    private const int BatchSize = 100;
    private const int MaxAttempts = 12;
    private static readonly TimeSpan KeepSentFor = TimeSpan.FromDays(30);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await SendDueAsync(cancellationToken);
            await ForgetOldAsync(cancellationToken);
        }
        catch (Exception e) when (DatabaseFaults.IsUnavailable(e))
        {
            // The next firing carries on from what was committed: nothing is lost, nothing already marked is resent.
            logger.LogWarning(e, "Mail delivery paused: the database is unavailable");
        }
    }

    /// <summary>
    /// Sends every message due now; public so tests and the bench can drain the outbox on demand. Quartz keeps its
    /// own firings apart, but not an on-demand drain: one drain at a time (an advisory lock, waited for) so two never
    /// read the same unsent message and send it twice.
    /// </summary>
    public async Task SendDueAsync(CancellationToken cancellationToken)
    {
        await using var drain = await AdvisoryLock.WaitAsync(store, DrainLockKeySpace, 1, cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            IReadOnlyList<OutgoingMail> due;
            var now = clock.GetUtcNow();
            await using (var query = store.QuerySession())
            {
                due = await query.Query<OutgoingMail>()
                    .Where(m => m.SentAt == null && !m.Abandoned && m.NextAttemptAt <= now)
                    .OrderBy(m => m.NextAttemptAt)
                    .Take(BatchSize)
                    .ToListAsync(cancellationToken);
            }
            foreach (var mail in due)
            {
                await SendOneAsync(mail, cancellationToken);
            }
            if (due.Count < BatchSize)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Sends one message with its row locked: an erasure of its subject waits until the server has taken it and it is
    /// marked sent, and a message erased (or sent by another drain) since the batch was read is not sent at all.
    /// </summary>
    private async Task SendOneAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        await using var locked = store.LightweightSession();
        await locked.BeginTransactionAsync(cancellationToken);
        var current = await locked.QueryAsync<OutgoingMail>("where id = ? for update", cancellationToken, mail.Id);
        if (current is not [{ SentAt: null, Abandoned: false }])
        {
            return;
        }
        try
        {
            await transport.SendAsync(MimeComposer.Compose(mail, settings), cancellationToken);
            mail.SentAt = clock.GetUtcNow();
            metrics.Sent(mail.Kind);
        }
        catch (Exception e) when (e is not OperationCanceledException && !DatabaseFaults.IsUnavailable(e))
        {
            mail.Attempts++;
            mail.LastError = e.Message;
            mail.Abandoned = mail.Attempts >= MaxAttempts;
            // 30 s, 1 min, 2 min ... capped at 2 h: about a day in all before giving up.
            var wait = TimeSpan.FromSeconds(Math.Min(30 * Math.Pow(2, mail.Attempts - 1), 7200));
            mail.NextAttemptAt = clock.GetUtcNow() + wait;
            if (mail.Abandoned)
            {
                metrics.Abandoned(mail.Kind);
            }
            else
            {
                metrics.Failed(mail.Kind);
            }
            logger.LogWarning(e, "Mail {Id} ({Kind}) not sent, attempt {Attempts}", mail.Id, mail.Kind, mail.Attempts);
        }
        try
        {
            locked.Update(mail);
            await locked.SaveChangesAsync(CancellationToken.None);
            return;
        }
        catch (Exception e) when (DatabaseFaults.IsUnavailable(e))
        {
            // The lock went with the connection; the outcome is still recorded once the database is back.
            logger.LogWarning(e, "Mail {Id}: its outcome is recorded once the database is back", mail.Id);
        }
        await OutcomeRecorder.RecordAsync(async () =>
        {
            await using var session = store.LightweightSession();
            // Update, not Store: a message erased with its profile meanwhile must not be written back.
            session.Update(mail);
            try
            {
                await session.SaveChangesAsync(CancellationToken.None);
            }
            catch (Marten.Exceptions.NonExistentDocumentException e)
            {
                logger.LogInformation(e, "A mail was erased while it was being sent");
            }
        }, cancellationToken);
    }

    private async Task ForgetOldAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - KeepSentFor;
        await using (var query = store.QuerySession())
        {
            // Only commit a delete when there is one: every commit with a deletion also evicts the feed caches.
            if (!await query.Query<OutgoingMail>().AnyAsync(m => m.SentAt != null && m.SentAt < cutoff, cancellationToken))
            {
                return;
            }
        }
        await using var session = store.LightweightSession();
        session.DeleteWhere<OutgoingMail>(m => m.SentAt != null && m.SentAt < cutoff);
        await session.SaveChangesAsync(cancellationToken);
    }
}
