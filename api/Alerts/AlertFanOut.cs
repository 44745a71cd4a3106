using Marten;
using RolesBoard.Api.Matching;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Alerts;

/// <summary>
/// A role that opened, offered to every alert: the saved searches it satisfies and the match alerts whose threshold
/// its fit reaches. What it finds is recorded as pending roles in the caller's session, with the outbox entry's
/// removal, so the fan-out of one change commits once.
/// </summary>
public sealed class AlertFanOut(SavedSearchMatcher searches, MatchAlertIndex index, TimeProvider clock)
{
    public async Task<IReadOnlyList<PendingAlertRole>> MatchAsync(IQuerySession session, Role role, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var facts = RoleFacts.From(role);
        // The match index's cut is CPU and the saved searches' query is the database's: they run side by side.
        var cut = Task.Run(() => index.CandidatesFor(facts)
            .Select(seeker => (seeker.Id, score: MatchScorer.Rank(seeker, facts, now)))
            // The thresholds held with the index cut the pairs to those that may qualify (a stale one errs by a little).
            .Where(s => s.score is > 0 && s.score >= index.ThresholdOf(s.Id))
            .ToList(), cancellationToken);
        var found = new List<PendingAlertRole>();
        foreach (var alert in await searches.MatchAsync(session, role, cancellationToken))
        {
            found.Add(Pending(alert.Id, alert.ProfileId, role, null, now));
        }
        var scored = await cut;
        if (scored.Count > 0)
        {
            // The index proposes; the alerts' thresholds are read fresh (only those, not the whole documents).
            var thresholds = (await session.QueryAsync<MatchThreshold>(
                $"select jsonb_build_object('id', id, 'profileId', profile_id, 'minScore', data -> 'minScore') from {session.DocumentStore.Options.DatabaseSchemaName}.mt_doc_alert where id = any(?)",
                cancellationToken, scored.Select(s => Alert.MatchAlertId(s.Id)).ToArray())).ToDictionary(a => a.ProfileId);
            foreach (var (profileId, score) in scored)
            {
                if (thresholds.TryGetValue(profileId, out var alert) && score >= (alert.MinScore ?? 1))
                {
                    found.Add(Pending(alert.Id, profileId, role, score, now));
                }
            }
        }
        return found;
    }

    /// <summary>A match alert's threshold, read without the rest of its document.</summary>
    private sealed record MatchThreshold(Guid Id, Guid ProfileId, double? MinScore);

    private static PendingAlertRole Pending(Guid alertId, Guid profileId, Role role, double? score, DateTimeOffset now) => new()
    {
        Id = PendingAlertRole.IdFor(alertId, role.Id),
        AlertId = alertId,
        ProfileId = profileId,
        RoleId = role.Id,
        RecordedAt = now,
        Score = score,
    };

    /// <summary>Records what was found, skipping any (alert, role) pair recorded before: a role goes to an alert once.</summary>
    public static async Task RecordAsync(IDocumentSession session, IReadOnlyList<PendingAlertRole> found, CancellationToken cancellationToken)
    {
        if (found.Count == 0)
        {
            return;
        }
        var known = (await session.LoadManyAsync<PendingAlertRole>(cancellationToken, found.Select(f => f.Id))).Select(p => p.Id).ToHashSet();
        foreach (var pending in found.Where(f => !known.Contains(f.Id)))
        {
            session.Insert(pending);
        }
    }
}
