using RolesBoard.Api.Geography;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Money;
using RolesBoard.Api.Roles;
using RolesBoard.Scrapers.Skills;

namespace RolesBoard.Api.Alerts;

/// <summary>
/// A saved <see cref="RoleFilter"/> resolved once, when saved, into what a new role is compared with in memory;
/// the same predicates as the role search (RoleSearch), so a saved search alerts on what it would list. Free text
/// is left to PostgreSQL's full-text search (<see cref="SavedSearchMatcher"/>).
/// </summary>
public sealed record SearchCriteria(
    string? Query, string[] Skills, bool AllSkills, string[] Remote, string[] EmploymentTypes, Guid? CoopId,
    string? Country, double? MinYearlyGbp, string? Source)
{
    public bool Matches(Role role)
    {
        if (Skills.Length > 0 && !(AllSkills ? Skills.All(role.Skills.Contains) : Skills.Any(role.Skills.Contains)))
        {
            return false;
        }
        if (Remote.Length > 0 && (role.Remote is not { } remote || !Remote.Contains(remote.ToString())))
        {
            return false;
        }
        if (EmploymentTypes.Length > 0 && (role.EmploymentType is not { } type || !EmploymentTypes.Contains(type.ToString())))
        {
            return false;
        }
        if (CoopId is { } coop && role.CoopId != coop)
        {
            return false;
        }
        if (MinYearlyGbp is { } floor && !(role.SalaryMaxYearlyGbp >= floor))
        {
            return false;
        }
        if (Source is not null && role.Source.ToString() != Source)
        {
            return false;
        }
        return Country is null || CanWorkFrom(role, Country);
    }

    /// <summary>On site in that country, or remote and open to it (no regions listed means anywhere), as RoleSearch.</summary>
    private static bool CanWorkFrom(Role role, string country) =>
        role.Country == country
        || (role.Remote == RemotePolicy.Remote
            && (role.RemoteRegions.Count == 0 || role.RemoteRegions.Contains(country) || (Countries.IsInEu(country) && role.RemoteRegions.Contains(Countries.EuropeanUnion))));

    /// <summary>Resolves a filter (its co-op slug already resolved to <paramref name="coopId"/>), or says which part cannot be.</summary>
    public static (SearchCriteria? Criteria, UserError? Error) From(RoleFilter? filter, Guid? coopId)
    {
        filter ??= new RoleFilter();
        string? country = null;
        if (!string.IsNullOrWhiteSpace(filter.Country) && (country = Countries.Resolve(filter.Country)) is null)
        {
            return (null, new UserError("filter.country", $"Unknown country '{filter.Country}': use an ISO 3166 code such as GB.", "INVALID_COUNTRY"));
        }
        double? floor = null;
        if (filter.MinSalary is { } money
            && (floor = SalaryPeriods.ToYearlyGbp(money.Amount, money.Currency.Trim().ToUpperInvariant(), money.Period)) is null)
        {
            return (null, new UserError("filter.minSalary.currency", $"'{money.Currency}' is not a currency we can compare.", "INVALID_CURRENCY"));
        }
        var skills = (filter.Skills ?? []).Select(SkillVocabulary.Default.Normalize).Distinct().ToArray();
        return (new SearchCriteria(
            string.IsNullOrWhiteSpace(filter.Query) ? null : filter.Query.Trim(), skills, filter.SkillMatch == SkillMatch.All,
            [.. (filter.Remote ?? []).Select(r => r.ToString())], [.. (filter.EmploymentTypes ?? []).Select(t => t.ToString())],
            coopId, country, floor, filter.Source?.ToString()), null);
    }
}
