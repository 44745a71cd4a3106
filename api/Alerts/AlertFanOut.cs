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
        var found = new List<PendingAlertRole>();
        foreach (var alert in await searches.MatchAsync(session, role, cancellationToken))
        {
            found.Add(Pending(alert, role, null, now));
        }
        var facts = RoleFacts.From(role);
        var scored = index.CandidatesFor(facts)
            .Select(seeker => (seeker, score: MatchScorer.Rank(seeker, facts, now)))
            .Where(s => s.score is > 0)
            .ToList();
        if (scored.Count > 0)
        {
            // The index proposes; the alerts themselves (and their thresholds) are read fresh.
            var alerts = (await session.LoadManyAsync<Alert>(cancellationToken, scored.Select(s => Alert.MatchAlertId(s.seeker.Id))))
                .ToDictionary(a => a.ProfileId);
            foreach (var (seeker, score) in scored)
            {
                if (alerts.TryGetValue(seeker.Id, out var alert) && score >= alert.MinScore)
                {
                    found.Add(Pending(alert, role, score, now));
                }
            }
        }
        return found;
    }

    private static PendingAlertRole Pending(Alert alert, Role role, double? score, DateTimeOffset now) => new()
    {
        Id = PendingAlertRole.IdFor(alert.Id, role.Id),
        AlertId = alert.Id,
        ProfileId = alert.ProfileId,
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
