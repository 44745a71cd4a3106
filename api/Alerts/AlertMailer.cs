using Marten;
using Marten.Exceptions;
using RolesBoard.Api.Coops;
using RolesBoard.Api.Mail;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Alerts;

/// <summary>
/// Sends alerts what is new for them, a batch at a time in one transaction: for each alert, the pending roles past
/// its high-water mark that are still open become one mail in the outbox, are marked sent, and the mark moves up.
/// Nothing new (or only roles closed meanwhile) sends nothing; an address not yet confirmed is sent nothing and
/// keeps its pending roles. A digest morning's hundreds of thousands are read a batch per query (alerts, profiles,
/// confirmations, pending roles, roles, co-ops), not an alert per round trip.
/// </summary>
public sealed class AlertMailer(IDocumentStore store, MailOutbox outbox, AlertMessage message, AlertMetrics metrics, TimeProvider clock)
{
    /// <summary>A mail lists at most this many roles (the newest); the rest are still marked, not carried forward.</summary>
    public const int MaxRolesPerMail = 50;

    /// <summary>Alerts per transaction: large enough that the round trips vanish, small enough to commit in a second.</summary>
    public const int BatchSize = 500;

    /// <summary>Sends every alert in <paramref name="alertIds"/>; returns how many mails were queued.</summary>
    public async Task<int> SendAllAsync(IEnumerable<Guid> alertIds, CancellationToken cancellationToken)
    {
        var queued = 0;
        await Parallel.ForEachAsync(alertIds.Distinct().Chunk(BatchSize), new ParallelOptions { MaxDegreeOfParallelism = 3, CancellationToken = cancellationToken },
            async (batch, ct) => Interlocked.Add(ref queued, await SendBatchOrEachAsync(batch, ct)));
        return queued;
    }

    public Task<int> SendAsync(Guid alertId, CancellationToken cancellationToken) => SendBatchOrEachAsync([alertId], cancellationToken);

    private async Task<int> SendBatchOrEachAsync(Guid[] batch, CancellationToken cancellationToken)
    {
        try
        {
            return await SendBatchAsync(batch, cancellationToken);
        }
        catch (NonExistentDocumentException) when (batch.Length > 1)
        {
            // An alert was erased (with its profile) while its batch was built: the others go one by one.
            var queued = 0;
            foreach (var id in batch)
            {
                queued += await SendBatchOrEachAsync([id], cancellationToken);
            }
            return queued;
        }
        catch (NonExistentDocumentException)
        {
            return 0;
        }
    }

    private async Task<int> SendBatchAsync(Guid[] ids, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var alerts = await session.LoadManyAsync<Alert>(cancellationToken, ids);
        var profiles = (await session.LoadManyAsync<Profile>(cancellationToken, alerts.Select(a => a.ProfileId).Distinct())).ToDictionary(p => p.Id);
        var confirmations = (await session.LoadManyAsync<EmailConfirmation>(cancellationToken, profiles.Keys)).ToDictionary(c => c.Id);
        var pending = (await session.Query<PendingAlertRole>()
            .Where(p => ids.Contains(p.AlertId) && p.SentAt == null)
            .ToListAsync(cancellationToken)).ToLookup(p => p.AlertId);
        var roles = (await session.LoadManyAsync<Role>(cancellationToken, pending.SelectMany(p => p).Select(p => p.RoleId).Distinct())).ToDictionary(r => r.Id);
        var coops = (await session.LoadManyAsync<Coop>(cancellationToken, roles.Values.Select(r => r.CoopId).Distinct())).ToDictionary(c => c.Id);
        var now = clock.GetUtcNow();
        var queued = 0;
        var sent = new List<Guid>();
        foreach (var alert in alerts)
        {
            if (!profiles.TryGetValue(alert.ProfileId, out var profile))
            {
                continue;
            }
            var confirmed = confirmations.TryGetValue(profile.Id, out var c) && c.Confirms(profile.Email);
            if (Send(session, alert, profile, confirmed, [.. pending[alert.Id]], roles, coops, now, sent))
            {
                queued++;
            }
            session.Update(alert);
        }
        if (sent.Count > 0)
        {
            // One statement marks the batch's pending roles sent (a thousand or more rows), in the batch's transaction.
            session.QueueSqlCommand(
                $"update {store.Options.DatabaseSchemaName}.mt_doc_pendingalertrole set sent_at = ?, data = jsonb_set(data, '{{sentAt}}', to_jsonb(?::timestamptz)) where id = any(?)",
                now, now, sent.ToArray());
        }
        await session.SaveChangesAsync(cancellationToken);
        return queued;
    }

    /// <summary>One alert's turn, in the batch's session (its pending roles are added to <paramref name="sent"/>); true when a mail was queued.</summary>
    private bool Send(IDocumentSession session, Alert alert, Profile profile, bool confirmed, List<PendingAlertRole> pending,
        Dictionary<Guid, Role> roles, Dictionary<Guid, Coop> coops, DateTimeOffset now, List<Guid> sent)
    {
        if (alert.Frequency != AlertFrequency.Instant)
        {
            alert.NextDigestAt = DigestSchedule.Next(alert.Frequency, DigestSchedule.ZoneOf(profile), now);
        }
        if (!confirmed)
        {
            return false;
        }
        var mark = alert.SentThrough;
        var fresh = pending
            .Where(p => p.RecordedAt > mark && roles.TryGetValue(p.RoleId, out var role) && role.IsOpenAt(now))
            .OrderByDescending(p => p.Score ?? 0).ThenByDescending(p => roles[p.RoleId].DatePosted)
            .ToList();
        sent.AddRange(pending.Select(p => p.Id));
        if (pending.Count > 0 && pending.Max(p => p.RecordedAt) is var newest && newest > mark)
        {
            alert.SentThrough = newest;
        }
        if (fresh.Count == 0)
        {
            return false;
        }
        var shown = fresh.Take(MaxRolesPerMail).Select(p => roles[p.RoleId]).ToList();
        outbox.Queue(session, message.Compose(profile, alert, shown, coops));
        alert.LastSentAt = now;
        metrics.Sent(alert.Frequency, shown.Count);
        return true;
    }
}
