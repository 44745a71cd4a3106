using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Feeds;

/// <summary>Absolute links to our own pages, from the request's own origin (the address the reader used).</summary>
public sealed class SiteLinks(HttpRequest request)
{
    public string Origin { get; } = $"{request.Scheme}://{request.Host}{request.PathBase}";

    public string Role(Role role) => $"{Origin}/roles/{role.Id}";

    public string RoleJson(Role role) => $"{Origin}/roles/{role.Id}.json";

    public string Roles(string queryString = "") => $"{Origin}/roles{queryString}";

    public string Feed(string extension, string queryString = "") => $"{Origin}/feed.{extension}{queryString}";
}
