using RolesBoard.Api.Coops;
using RolesBoard.Api.Geography;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Matching;

/// <summary>
/// What matching reads of a role: the scorer's inputs and what the index needs to keep it current, nothing else (no
/// description). Small enough that the match index holds one for every open role and scores them without reading
/// documents; made from the document itself everywhere, so the two can never disagree on a field.
/// </summary>
public sealed record RoleFacts(Guid Id, string Title, string[] Skills, string? Location, string? Country, RemotePolicy? Remote, string[] RemoteRegions,
    string? TimeZone, int? MinOverlapHours, EmploymentType? EmploymentType, double? SalaryMaxYearlyGbp, DateTimeOffset DatePosted, DateTimeOffset? ExpiresAt, bool IsOpen,
    Guid CoopId, CoopTerms Terms)
{
    /// <summary>The role's facts with its co-op's terms (<see cref="CoopTerms.Unknown"/> when the co-op is not known here).</summary>
    public static RoleFacts From(Role role, CoopTerms? terms = null) => new(role.Id, role.Title, [.. role.Skills], role.Location, role.Country, role.Remote, [.. role.RemoteRegions],
        role.TimeZone, role.MinOverlapHours, role.EmploymentType, role.SalaryMaxYearlyGbp, role.DatePosted, role.ExpiresAt, role.Status == RoleStatus.Open,
        role.CoopId, terms ?? CoopTerms.Unknown);

    public bool IsOpenAt(DateTimeOffset now) => IsOpen && (ExpiresAt is null || ExpiresAt > now);

    /// <summary>Remote and open to that country (no regions: anywhere), or based there (or nowhere stated).</summary>
    public bool WorkableFrom(string country) => Remote == RemotePolicy.Remote
        ? Countries.RegionsInclude(RemoteRegions, country)
        : (Country ?? country) == country;
}

/// <summary>
/// What matching reads of a seeker: the scorer's inputs, never name, e-mail or token. The index keeps these only for
/// profiles visible to co-ops, and drops them when a profile turns private or is erased.
/// </summary>
public sealed record SeekerFacts(Guid Id, string[] Skills, string? Location, string? Country, RemotePreference Remote, bool WillRelocate,
    EmploymentType[] EmploymentTypes, Profiles.Money? SalaryFloor, double? SalaryFloorYearlyGbp, string[] DesiredRoles, string? Headline, string? TimeZone, bool Visible,
    CoopPreferences Wants)
{
    public static SeekerFacts From(Profile profile) => new(profile.Id, [.. profile.Skills], profile.Location, profile.Country, profile.Remote, profile.WillRelocate,
        [.. profile.EmploymentTypes], profile.SalaryFloor, profile.SalaryFloorYearlyGbp, [.. profile.DesiredRoles], profile.Headline, profile.TimeZone, profile.VisibleToCoops,
        profile.CoopPreferences ?? CoopPreferences.None);

    /// <summary>Whether they can work where the role is done: a country the role is open to, or willing to move, or not saying.</summary>
    public bool CanWorkIn(IReadOnlyCollection<string>? countries) =>
        countries is not { Count: > 0 } || Country is null || WillRelocate || countries.Contains(Country);
}

/// <summary>What matching reads of a role's co-op: the facts seekers' preferences ask about. Null: the co-op does not say.</summary>
public sealed record CoopTerms(Ownership? Ownership, bool? FlatPay, int? MembershipAfterMonths, double? HoursPerWeek)
{
    public static readonly CoopTerms Unknown = new(null, null, null, null);

    public static CoopTerms From(Coop coop) => new(coop.Ownership, coop.FlatPay, coop.MembershipAfterMonths, coop.HoursPerWeek);
}
