using Marten;
using RolesBoard.Api.Coops;
using RolesBoard.Api.Mail;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Alerts;

/// <summary>
/// Sends one alert what is new for it, in one transaction: the pending roles past its high-water mark that are
/// still open become one mail in the outbox, are marked sent, and the mark moves up. Nothing new (or only roles
/// closed meanwhile) sends nothing; an address not yet confirmed is sent nothing and keeps its pending roles.
/// </summary>
public sealed class AlertMailer(IDocumentStore store, MailOutbox outbox, AlertMessage message, AlertMetrics metrics, TimeProvider clock)
{
    /// <summary>A mail lists at most this many roles (the newest); the rest are still marked, not carried forward.</summary>
    public const int MaxRolesPerMail = 50;

    public async Task SendAsync(Guid alertId, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var alert = await session.LoadAsync<Alert>(alertId, cancellationToken);
        var profile = alert is null ? null : await session.LoadAsync<Profile>(alert.ProfileId, cancellationToken);
        if (alert is null || profile is null)
        {
            return;
        }
        var now = clock.GetUtcNow();
        if (alert.Frequency != AlertFrequency.Instant)
        {
            alert.NextDigestAt = DigestSchedule.Next(alert.Frequency, DigestSchedule.ZoneOf(profile), now);
        }
        if (!await EmailConfirmations.IsConfirmedAsync(session, profile, cancellationToken))
        {
            session.Update(alert);
            await session.SaveChangesAsync(cancellationToken);
            return;
        }
        var mark = alert.SentThrough;
        var pending = await session.Query<PendingAlertRole>()
            .Where(p => p.AlertId == alertId && p.SentAt == null)
            .ToListAsync(cancellationToken);
        var roles = (await session.LoadManyAsync<Role>(cancellationToken, pending.Select(p => p.RoleId))).ToDictionary(r => r.Id);
        var fresh = pending
            .Where(p => p.RecordedAt > mark && roles.TryGetValue(p.RoleId, out var role) && role.IsOpenAt(now))
            .OrderByDescending(p => p.Score ?? 0).ThenByDescending(p => roles[p.RoleId].DatePosted)
            .ToList();
        foreach (var p in pending)
        {
            p.SentAt = now;
            session.Update(p);
        }
        if (pending.Count > 0)
        {
            alert.SentThrough = pending.Max(p => p.RecordedAt) > mark ? pending.Max(p => p.RecordedAt) : mark;
        }
        if (fresh.Count > 0)
        {
            var shown = fresh.Take(MaxRolesPerMail).Select(p => roles[p.RoleId]).ToList();
            var coops = (await session.LoadManyAsync<Coop>(cancellationToken, shown.Select(r => r.CoopId).Distinct())).ToDictionary(c => c.Id);
            outbox.Queue(session, message.Compose(profile, alert, shown, coops));
            alert.LastSentAt = now;
            metrics.Sent(alert.Frequency, shown.Count);
        }
        session.Update(alert);
        await session.SaveChangesAsync(cancellationToken);
    }
}
