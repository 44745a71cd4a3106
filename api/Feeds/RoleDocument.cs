using RolesBoard.Api.Coops;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Feeds;

/// <summary>
/// The structured role that JSON readers get: JSON Feed's <c>_jobposting</c> extension and <c>/roles/{id}.json</c>.
/// Enum values use the GraphQL API's spelling (FULL_TIME, REMOTE) so one client speaks both.
/// A role whose source does not allow syndication carries no description.
/// </summary>
public sealed record RoleDocument(
    string Id,
    string Title,
    string Url,
    string? DescriptionHtml,
    IReadOnlyList<string> Skills,
    string? Location,
    string? Country,
    string? Remote,
    IReadOnlyList<string> RemoteRegions,
    string? EmploymentType,
    SalaryDocument? Salary,
    string? ApplyUrl,
    DateOnly? ValidThrough,
    DateTimeOffset DatePosted,
    DateTimeOffset UpdatedAt,
    string Status,
    string Source,
    string? SourceUrl,
    CoopDocument Coop)
{
    public static RoleDocument From(Role role, Coop coop, SiteLinks links, DateTimeOffset now) => new(
        role.Id.ToString(),
        role.Title,
        links.Role(role),
        role.Syndicate ? role.DescriptionHtml : null,
        role.Skills,
        role.Location,
        role.Country,
        GraphQLName(role.Remote),
        role.RemoteRegions,
        GraphQLName(role.EmploymentType),
        role.Salary is { } s ? new SalaryDocument(s.Min, s.Max, s.Currency, GraphQLName(s.Period)!) : null,
        role.ApplyUrl,
        role.ValidThrough,
        role.DatePosted,
        role.UpdatedAt,
        role.IsOpenAt(now) ? "OPEN" : role.Status == RoleStatus.Closed ? "CLOSED" : "EXPIRED",
        GraphQLName(role.Source)!,
        role.SourceUrl,
        CoopDocument.From(coop));

    /// <summary>FullTime becomes FULL_TIME, as GraphQL.NET names enum values.</summary>
    public static string? GraphQLName(Enum? value) =>
        value is { } v ? string.Concat(v.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant() : null;
}

public sealed record SalaryDocument(double Min, double Max, string Currency, string Period);

/// <summary>The co-op with the facts seekers ask about (null: not stated), and the same as labels (<see cref="CoopFactLabels"/>).</summary>
public sealed record CoopDocument(string Slug, string Name, string Website, string? Ownership, bool? FlatPay, double? PayRatio,
    int? MembershipAfterMonths, double? HoursPerWeek, IReadOnlyList<string> Facts)
{
    public static CoopDocument From(Coop coop) => new(coop.Slug, coop.Name, coop.Website, RoleDocument.GraphQLName(coop.Ownership), coop.FlatPay,
        coop.PayRatio, coop.MembershipAfterMonths, coop.HoursPerWeek, CoopFactLabels.Of(coop));
}
