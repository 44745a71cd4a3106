using RolesBoard.Api.Roles;
using RolesBoard.Api.Feeds;

namespace RolesBoard.Api.Pages;

/// <summary><c>/roles</c>: a search form (a GET form, so every result page has a URL), the list, and the next page.</summary>
public static class RoleListPage
{
    public static Html Render(RoleListing listing, RoleFacets facets, FeedRequest request, SiteLinks links)
    {
        var query = request.ToQueryString();
        return Layout.Page("Open roles", main =>
        {
            main.Element("h1", "Open roles at co-ops");
            Form(main, request);
            main.Element("p", listing.TotalCount == 1 ? "1 role matches." : $"{listing.TotalCount} roles match.", ("role", "status"));
            FacetLinks.Render(main, facets, request);
            RoleList.Render(main, listing, links);
            if (listing.PageInfo.HasNextPage)
            {
                main.Raw("<nav aria-label=\"Pages\">").Element("a", "Next page", ("href", "/roles" + request.ToQueryString(listing.PageInfo.EndCursor)), ("rel", "next")).Raw("</nav>");
            }
            main.Open("p").Text("Follow these roles: ")
                .Element("a", "RSS", ("href", "/feed.rss" + query)).Text(" · ")
                .Element("a", "Atom", ("href", "/feed.atom" + query)).Text(" · ")
                .Element("a", "JSON Feed", ("href", "/feed.json" + query)).Close("p");
        }, head =>
        {
            head.Open("link", ("rel", "alternate"), ("type", "application/rss+xml"), ("title", "RSS"), ("href", "/feed.rss" + query));
            head.Open("link", ("rel", "alternate"), ("type", "application/atom+xml"), ("title", "Atom"), ("href", "/feed.atom" + query));
            head.Open("link", ("rel", "alternate"), ("type", "application/feed+json"), ("title", "JSON Feed"), ("href", "/feed.json" + query));
        });
    }

    private static void Form(Html html, FeedRequest request)
    {
        var filter = request.Filter;
        html.Open("form", ("method", "get"), ("action", "/roles"), ("role", "search"));
        html.Raw("<label>Keywords").Open("input", ("type", "search"), ("name", "q"), ("value", filter.Query)).Raw("</label>");
        html.Raw("<label>Skill").Open("input", ("name", "skill"), ("value", filter.Skills is { } s ? string.Join(",", s) : null)).Raw("</label>");
        html.Raw("<label>Co-op").Open("input", ("name", "coop"), ("value", filter.Coop)).Raw("</label>");
        html.Raw("<label>Remote<select name=\"remote\">");
        var selected = filter.Remote is [var only] ? only : (RemotePolicy?)null;
        html.Open("option", ("value", "")).Text("any").Close("option");
        foreach (var policy in Enum.GetValues<RemotePolicy>())
        {
            html.Open("option", ("value", policy.ToString().ToLowerInvariant()), ("selected", policy == selected ? "selected" : null))
                .Text(policy.ToString().ToLowerInvariant()).Close("option");
        }
        html.Raw("</select></label><button type=\"submit\">Search</button></form>");
    }
}
