using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Matching.Index;

/// <summary>What the index keeps of a document: the fields the preselection reads, nothing personal.</summary>
internal static class IndexEntries
{
    public static RoleEntry From(Role role) => new(role.Id, [.. role.Skills], role.Country, role.Remote, [.. role.RemoteRegions],
        role.DatePosted, role.ExpiresAt, role.Status == RoleStatus.Open, role.EmploymentType, role.SalaryMaxYearlyGbp);

    public static ProfileEntry From(Profile profile) => new(profile.Id, [.. profile.Skills], profile.Country, profile.WillRelocate, profile.VisibleToCoops);
}
