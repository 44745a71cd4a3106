using System.Globalization;
using RolesBoard.Api.Feeds;

namespace RolesBoard.Api.Pages;

/// <summary>The list of roles shared by <c>/roles</c> and the iframe widget: a plain list of links, no JobPosting markup.</summary>
public static class RoleList
{
    /// <summary>Links open in <paramref name="target"/> when given ("_blank" inside an iframe, so a click leaves the frame).</summary>
    public static void Render(Html html, RoleListing listing, SiteLinks links, string? target = null)
    {
        if (listing.Roles.Count == 0)
        {
            html.Element("p", "No open roles match right now.");
            return;
        }
        html.Raw("<ul class=\"roles\">");
        foreach (var (role, coop) in listing.Roles)
        {
            html.Raw("<li>").Open("a", ("href", links.Role(role)), ("target", target), ("rel", target is null ? null : "noopener"))
                .Text(role.Title).Close("a");
            var meta = new List<string> { coop.Name };
            if (role.Location is { } location)
            {
                meta.Add(location);
            }
            if (role.Remote is { } remote)
            {
                meta.Add(remote.ToString().ToLowerInvariant());
            }
            meta.Add("posted " + role.DatePosted.ToString("d MMM yyyy", CultureInfo.InvariantCulture));
            html.Element("p", string.Join(" · ", meta), ("class", "meta"));
            if (role.Skills.Count > 0)
            {
                html.Element("p", string.Join(", ", role.Skills), ("class", "meta"));
            }
            if (CoopFactLabels.Of(coop) is { Count: > 0 } facts)
            {
                html.Element("p", string.Join(" · ", facts), ("class", "meta facts"));
            }
            html.Raw("</li>");
        }
        html.Raw("</ul>");
    }
}
