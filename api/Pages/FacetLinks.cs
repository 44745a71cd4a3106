using RolesBoard.Api.Feeds;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Pages;

/// <summary>
/// The facets beside the role list, as plain links with counts (no JavaScript): each link is the same search with that
/// facet's choice replaced, and "any" drops the choice. Counts leave the facet's own choice out, so choices widen too.
/// </summary>
public static class FacetLinks
{
    private const int SkillsShown = 15;

    public static void Render(Html html, RoleFacets facets, FeedRequest request)
    {
        var filter = request.Filter;
        html.Raw("<nav aria-label=\"Narrow the search\" class=\"facets\">").Element("h2", "Narrow the search");
        Group(html, request, "Remote", "remote", facets.Remote, v => v.ToLowerInvariant(), filter.Remote is { Count: > 0 });
        Group(html, request, "Type", "type", facets.EmploymentTypes, v => v.ToLowerInvariant(), filter.EmploymentTypes is { Count: > 0 });
        Group(html, request, "Can be taken from", "country", facets.Countries, v => v, filter.Country is not null);
        Group(html, request, "Skill", "skill", [.. facets.Skills.Take(SkillsShown)], v => v, filter.Skills is { Count: > 0 });
        Group(html, request, "Co-op", "coop", facets.Coops, v => v, filter.Coop is not null);
        html.Element("p", facets.PayStated == 1 ? "1 of these roles states its pay." : $"{facets.PayStated} of these roles state their pay.", ("class", "meta"));
        html.Raw("</nav>");
    }

    private static void Group(Html html, FeedRequest request, string title, string key, List<FacetCount> counts, Func<string, string> parameter, bool chosen)
    {
        if (counts.Count == 0)
        {
            return;
        }
        html.Element("h3", title).Raw("<ul>");
        if (chosen)
        {
            html.Raw("<li>").Element("a", "any", ("href", "/roles" + request.ToQueryString(key, null))).Raw("</li>");
        }
        foreach (var count in counts)
        {
            var value = parameter(count.Value);
            html.Raw("<li>").Element("a", value.Replace('_', ' '), ("href", "/roles" + request.ToQueryString(key, value)))
                .Text($" ({count.Count})").Raw("</li>");
        }
        html.Raw("</ul>");
    }
}
