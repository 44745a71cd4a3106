using RolesBoard.Api.Geography;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Matching.Index;

/// <summary>
/// An in-memory skill index of open roles and visible profiles: the preselection for matches and candidates.
/// PostgreSQL's GIN index finds rows sharing a skill quickly, but when a skill is common (JavaScript is in four roles
/// out of ten) ranking tens of thousands of rows in SQL took hundreds of milliseconds; here the same cut is a walk of
/// posting lists (a few milliseconds). It holds only what the cut needs (ids, skills, places, dates), is rebuilt from
/// PostgreSQL at start-up, follows this process's commits at once and other replicas' by polling. It only proposes:
/// Matches re-reads the proposed documents and re-checks them, so a stale entry can never show a closed role or a
/// profile that stopped being visible.
/// </summary>
public sealed class MatchIndex
{
    private readonly ReaderWriterLockSlim _gate = new();
    private Postings<RoleEntry> _roles = new();
    private Postings<ProfileEntry> _profiles = new();

    public bool IsReady { get; private set; }

    public int RoleCount => Read(() => _roles.Count);

    public int ProfileCount => Read(() => _profiles.Count);

    public void Replace(IEnumerable<RoleEntry> roles, IEnumerable<ProfileEntry> profiles)
    {
        var freshRoles = new Postings<RoleEntry>();
        foreach (var role in roles)
        {
            freshRoles.Put(role.Id, role, role.Skills);
        }
        var freshProfiles = new Postings<ProfileEntry>();
        foreach (var profile in profiles)
        {
            freshProfiles.Put(profile.Id, profile, profile.Skills);
        }
        Write(() =>
        {
            _roles = freshRoles;
            _profiles = freshProfiles;
            IsReady = true;
        });
    }

    /// <summary>Adds or refreshes a role; one that is not open is removed.</summary>
    public void Put(RoleEntry role) => Write(() =>
    {
        if (role.IsOpen)
        {
            _roles.Put(role.Id, role, role.Skills);
        }
        else
        {
            _roles.Remove(role.Id);
        }
    });

    /// <summary>Adds or refreshes a profile; one that is not visible to co-ops is removed.</summary>
    public void Put(ProfileEntry profile) => Write(() =>
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

    public void RemoveRole(Guid id) => Write(() => _roles.Remove(id));

    public void RemoveProfile(Guid id) => Write(() => _profiles.Remove(id));

    /// <summary>
    /// The best open roles for a seeker among those they can work from, by the exact scorer's cheap factors with its
    /// weights: skill coverage (credit over the role's skill count), employment type, pay against the floor and
    /// freshness. Zone and title, which need more than the index holds, are left to the exact scoring.
    /// </summary>
    public IReadOnlyList<Guid> RolesFor(IReadOnlyDictionary<string, double> terms, Seeker seeker, DateTimeOffset now, int limit) =>
        Read(() => _roles.Best(terms, limit,
            role => role.IsOpenAt(now) && (seeker.Country is null || seeker.WillRelocate || role.WorkableFrom(seeker.Country)),
            (role, sum, roleSkills) => MatchScorer.SkillsWeight * Math.Min(1, sum / Math.Max(1, roleSkills))
                + MatchScorer.TypeWeight * seeker.TypeFit(role.Type) + MatchScorer.PayWeight * seeker.PayFit(role.PayMaxYearlyGbp)
                + MatchScorer.FreshnessWeight * Math.Exp(-Math.Max(0, (now - role.DatePosted).TotalDays) / 45),
            role => role.DatePosted.UtcTicks));

    /// <summary>The best visible profiles for a role by skill overlap, among those who can work where it is done.</summary>
    public IReadOnlyList<Guid> ProfilesFor(IReadOnlyDictionary<string, double> terms, IReadOnlyCollection<string>? countries, int limit) =>
        Read(() => _profiles.Best(terms, limit,
            profile => countries is not { Count: > 0 } || profile.Country is null || profile.WillRelocate || countries.Contains(profile.Country),
            // Here coverage is over the role's skills, the same for every profile: the sum decides, and breadth (how
            // much of what they offer the role uses) only orders the close ones, as in the scorer.
            (_, sum, profileSkills) => sum + 0.1 * sum / (profileSkills + 1),
            // Ties break on id, as the SQL did: stable, and no seeker is favoured by when they signed up.
            profile => 0));

    private T Read<T>(Func<T> read)
    {
        _gate.EnterReadLock();
        try
        {
            return read();
        }
        finally
        {
            _gate.ExitReadLock();
        }
    }

    private void Write(Action write)
    {
        _gate.EnterWriteLock();
        try
        {
            write();
        }
        finally
        {
            _gate.ExitWriteLock();
        }
    }
}

public sealed record RoleEntry(Guid Id, string[] Skills, string? Country, RemotePolicy? Remote, string[] RemoteRegions, DateTimeOffset DatePosted,
    DateTimeOffset? ExpiresAt, bool IsOpen, EmploymentType? Type = null, double? PayMaxYearlyGbp = null)
{
    public bool IsOpenAt(DateTimeOffset now) => IsOpen && (ExpiresAt is null || ExpiresAt > now);

    /// <summary>Remote and open to that country (no regions: anywhere), or based there (or nowhere stated).</summary>
    public bool WorkableFrom(string country) => Remote == RemotePolicy.Remote
        ? Countries.RegionsInclude(RemoteRegions, country)
        : (Country ?? country) == country;
}

/// <summary>What the role-side cut needs of the seeker; the fits mirror FitFactors.EmploymentType and FitFactors.Pay.</summary>
public sealed record Seeker(string? Country, bool WillRelocate, IReadOnlyCollection<EmploymentType> Types, double? FloorYearlyGbp)
{
    public double TypeFit(EmploymentType? type) => Types.Count == 0 ? 1 : type is null ? 0.6 : Types.Contains(type.Value) ? 1 : 0.1;

    public double PayFit(double? top) => FloorYearlyGbp is not { } floor || floor <= 0 || top is null ? 0.6
        : top >= floor ? 1 : Math.Max(0, 1 - 2 * (floor - top.Value) / floor);
}

public sealed record ProfileEntry(Guid Id, string[] Skills, string? Country, bool WillRelocate, bool Visible);
