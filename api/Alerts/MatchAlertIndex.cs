using Marten;
using RolesBoard.Api.Matching;
using RolesBoard.Api.Matching.Index;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Alerts;

/// <summary>
/// The match index (the one <c>candidates</c> uses) over the profiles that hold a match alert, whether or not they
/// are visible to co-ops: a new role's fan-out is <c>candidates</c> with a threshold instead of a top 20. It is
/// built on the first fan-out and then catches up with the rows changed since (any replica's); it only proposes,
/// and the fan-out re-reads every proposed alert, so a stale entry never sends anything.
/// </summary>
public sealed class MatchAlertIndex(IDocumentStore store)
{
    /// <summary>How many candidates the cut proposes for exact scoring against the threshold.</summary>
    public const int Cut = 5000;

    /// <summary>A writer's transaction may commit this long after its rows' mt_last_modified.</summary>
    private static readonly TimeSpan Overlap = TimeSpan.FromSeconds(30);

    private readonly MatchIndex _index = new();
    private readonly SemaphoreSlim _sync = new(1, 1);
    private DateTimeOffset? _watermark;

    private string Schema => store.Options.DatabaseSchemaName;

    public int Count => _index.ProfileCount;

    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        await _sync.WaitAsync(cancellationToken);
        try
        {
            var started = DateTimeOffset.UtcNow;
            var since = _watermark is { } mark ? mark - Overlap : (DateTimeOffset?)null;
            var sql = $"""
                select p.data from {Schema}.mt_doc_profile p join {Schema}.mt_doc_alert a on a.profile_id = p.id and a.kind = 'Match'
                {(since is null ? "" : "where p.mt_last_modified > ? or a.mt_last_modified > ?")}
                """;
            await using var session = store.QuerySession();
            var changed = since is { } s
                ? await session.QueryAsync<Profile>(sql, cancellationToken, s, s)
                : await session.QueryAsync<Profile>(sql, cancellationToken);
            foreach (var profile in changed)
            {
                Put(profile);
            }
            _watermark = started;
        }
        finally
        {
            _sync.Release();
        }
    }

    /// <summary>Adds or refreshes a holder (also called by the commands, so a local change is seen at once).</summary>
    public void Put(Profile profile) => _index.Put(SeekerFacts.From(profile) with { Visible = true });

    /// <summary>Profiles whose fit with the role may reach a threshold: the cut's best, to be scored exactly.</summary>
    public IReadOnlyList<SeekerFacts> CandidatesFor(RoleFacts role)
    {
        // A remote role's regions may name groups ("EU"): the cut leaves place to the exact scoring there.
        var countries = role.Remote != RemotePolicy.Remote && role.Country is { } c ? new[] { c } : null;
        return _index.ProfilesFor(role, countries, Cut);
    }
}
