namespace RolesBoard.Api.Feeds;

/// <summary>What every feed format says, worked out once: titles, links and each item's text.</summary>
public sealed record FeedContent(
    string Title, string Description, string HomePageUrl, string FeedUrl, DateTimeOffset Updated, IReadOnlyList<FeedItem> Items)
{
    public static FeedContent From(RoleListing listing, FeedRequest request, SiteLinks links, string extension)
    {
        var now = DateTimeOffset.UtcNow;
        var scope = Describe(request, listing);
        var items = listing.Roles.Select(r =>
        {
            var document = RoleDocument.From(r.Role, r.Coop, links, now);
            var title = $"{r.Role.Title} at {r.Coop.Name}";
            return new FeedItem(document, title, Summary(document));
        }).ToList();
        return new FeedContent(
            "RolesBoard: " + scope,
            "Open roles at tech worker co-operatives" + (scope == "open roles" ? "." : $": {scope}."),
            links.Roles(request.ToQueryString()),
            links.Feed(extension, request.ToQueryString()),
            listing.LastModified,
            items);
    }

    /// <summary>One line a reader sees before opening the role: where, how, and what skills.</summary>
    private static string Summary(RoleDocument role)
    {
        var parts = new List<string> { role.Coop.Name };
        if (role.Location is { } location)
        {
            parts.Add(location);
        }
        if (role.Remote is { } remote)
        {
            parts.Add(remote.ToLowerInvariant());
        }
        if (role.Skills.Count > 0)
        {
            parts.Add(string.Join(", ", role.Skills));
        }
        return string.Join(" · ", parts);
    }

    private static string Describe(FeedRequest request, RoleListing listing)
    {
        var filter = request.Filter;
        var parts = new List<string>();
        if (filter.Query is { } q)
        {
            parts.Add($"\"{q}\"");
        }
        if (filter.Skills is { Count: > 0 } skills)
        {
            parts.Add(string.Join(" or ", skills));
        }
        if (filter.Remote is { Count: > 0 } remote)
        {
            parts.Add(string.Join(" or ", remote.Select(r => r.ToString().ToLowerInvariant())));
        }
        var what = parts.Count > 0 ? string.Join(", ", parts) + " roles" : "open roles";
        return listing.Coop is { } coop ? $"{what} at {coop.Name}" : what;
    }
}

public sealed record FeedItem(RoleDocument Document, string Title, string Summary);
