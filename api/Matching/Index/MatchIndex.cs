using RolesBoard.Api.Concurrency;

namespace RolesBoard.Api.Matching.Index;

/// <summary>
/// An in-memory skill index of open roles and visible profiles: the preselection for matches and candidates.
/// PostgreSQL's GIN index finds rows sharing a skill quickly, but when a skill is common (JavaScript is in four roles
/// out of ten) ranking tens of thousands of rows in SQL took hundreds of milliseconds; here the same cut is a walk of
/// posting lists (a few milliseconds). It holds what the exact scorer reads of each (<see cref="RoleFacts"/>,
/// <see cref="SeekerFacts"/>: no descriptions, no names or e-mails), so the cut's best few hundred are scored exactly
/// here and only the page's documents are read. It is rebuilt from PostgreSQL at start-up, follows this process's
/// commits at once and other replicas' by polling. It only proposes: Matches re-reads the proposed documents and
/// re-checks and re-scores them, so a stale entry can never show a closed role or a profile that stopped being visible.
/// </summary>
public sealed class MatchIndex
{
    private readonly ReadWriteGate _gate = new();
    private Postings<RoleFacts> _roles = new();
    private Postings<SeekerFacts> _profiles = new();
    private Dictionary<Guid, CoopTerms> _coops = [];

    public bool IsReady { get; private set; }

    public int RoleCount => _gate.Read(() => _roles.Count);

    public int ProfileCount => _gate.Read(() => _profiles.Count);

    public void Replace(IEnumerable<RoleFacts> roles, IEnumerable<SeekerFacts> profiles) => Replace(roles, profiles, new Dictionary<Guid, CoopTerms>());

    /// <summary>Everything at once; roles take their co-op's terms from <paramref name="coops"/>.</summary>
    public void Replace(IEnumerable<RoleFacts> roles, IEnumerable<SeekerFacts> profiles, IReadOnlyDictionary<Guid, CoopTerms> coops)
    {
        var freshCoops = new Dictionary<Guid, CoopTerms>(coops);
        var freshRoles = new Postings<RoleFacts>();
        foreach (var role in roles)
        {
            var withTerms = WithTerms(role, freshCoops);
            freshRoles.Put(role.Id, withTerms, role.Skills);
        }
        var freshProfiles = new Postings<SeekerFacts>();
        foreach (var profile in profiles)
        {
            freshProfiles.Put(profile.Id, profile, profile.Skills);
        }
        _gate.Write(() =>
        {
            _roles = freshRoles;
            _profiles = freshProfiles;
            _coops = freshCoops;
            IsReady = true;
        });
    }

    /// <summary>Empties the index without changing whether it counts as built (tests reset their data with it).</summary>
    public void Clear() => _gate.Write(() =>
    {
        _roles = new();
        _profiles = new();
        _coops = [];
    });

    /// <summary>Adds or refreshes a role; one that is not open is removed.</summary>
    public void Put(RoleFacts role) => _gate.Write(() =>
    {
        if (role.IsOpen)
        {
            _roles.Put(role.Id, WithTerms(role, _coops), role.Skills);
        }
        else
        {
            _roles.Remove(role.Id);
        }
    });

    /// <summary>Adds or refreshes a profile; one that is not visible to co-ops is removed.</summary>
    public void Put(SeekerFacts profile) => _gate.Write(() =>
    {
        if (profile.Visible)
        {
            _profiles.Put(profile.Id, profile, profile.Skills);
        }
        else
        {
            _profiles.Remove(profile.Id);
        }
    });

    /// <summary>A co-op's terms changed: its roles rank by the new ones from now on.</summary>
    public void Put(Guid coopId, CoopTerms terms) => _gate.Write(() =>
    {
        _coops[coopId] = terms;
        foreach (var role in _roles.Where(r => r.CoopId == coopId))
        {
            _roles.Put(role.Id, role with { Terms = terms }, role.Skills);
        }
    });

    /// <summary>A co-op's terms as the index knows them (<see cref="CoopTerms.Unknown"/> for one it has not seen).</summary>
    public CoopTerms TermsOf(Guid coopId) => _gate.Read(() => _coops.GetValueOrDefault(coopId, CoopTerms.Unknown));

    public void RemoveRole(Guid id) => _gate.Write(() => _roles.Remove(id));

    public void RemoveProfile(Guid id) => _gate.Write(() => _profiles.Remove(id));

    /// <summary>
    /// The open roles a seeker can work from that the exact scorer is likely to rank highest: by its skill factor
    /// (exact, from one walk of the posting lists), employment type, pay against the floor and freshness, with its
    /// weights. Place, zone and title are left to the exact scoring of what this returns.
    /// </summary>
    public IReadOnlyList<RoleFacts> RolesFor(SeekerFacts seeker, DateTimeOffset now, int limit)
    {
        var cut = new RoleCut(seeker, now);
        return _gate.Read(() => _roles.Best(cut.Terms, limit, cut));
    }

    /// <summary>The mirror cut for a role: visible profiles who can work where it is done, by skills, place, type and pay.</summary>
    public IReadOnlyList<SeekerFacts> ProfilesFor(RoleFacts role, IReadOnlyCollection<string>? countries, int limit)
    {
        var cut = new ProfileCut(role, countries);
        return _gate.Read(() => _profiles.Best(cut.Terms, limit, cut));
    }

    private static RoleFacts WithTerms(RoleFacts role, Dictionary<Guid, CoopTerms> coops) =>
        coops.TryGetValue(role.CoopId, out var terms) ? role with { Terms = terms } : role;
}
