using System.Text.Json;
using Marten;
using RolesBoard.Api.Coops;
using RolesBoard.Api.Cors;
using RolesBoard.Api.Feeds;
using RolesBoard.Api.Roles;
using RolesBoard.Api.Security;

namespace RolesBoard.Api.Pages;

public static class RolePagesExtensions
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static WebApplication MapRolePages(this WebApplication app)
    {
        var pages = app.MapGroup("/roles").RequireCors(PublicCors.PublicRead).CacheOutput(FeedsExtensions.ListingsPolicy);
        pages.MapGet("", ListAsync);
        pages.MapGet("/{id}", RoleAsync);
        pages.MapGet("/{id}.json", RoleJsonAsync);
        return app;
    }

    private static async Task ListAsync(HttpContext http, RoleListings listings, RoleFacetCounts facetCounts)
    {
        var (request, error) = FeedRequest.Parse(http.Request.Query, defaultLimit: 20);
        var (listing, missing) = request is null ? (null, error) : await listings.ReadAsync(request, http.RequestAborted);
        if (listing is null)
        {
            await BadRequest.WriteAsync(http, missing!);
            return;
        }
        var facets = await facetCounts.CountAsync(request!.Filter, http.RequestAborted);
        var page = RoleListPage.Render(listing, facets, request, new SiteLinks(http.Request));
        // The search form is a GET to this same page.
        (PagePolicy.Default with { Styles = Layout.StyleSource, FormAction = "'self'" }).Apply(http.Response);
        await ConditionalResponse.WriteAsync(http, page.ToBytes(), Layout.ContentType, listing.LastModified);
    }

    private static async Task RoleAsync(HttpContext http, string id, IQuerySession session)
    {
        var (role, coop) = await LoadAsync(session, id, http.RequestAborted);
        if (role is null || coop is null)
        {
            await WriteStatusPageAsync(http, StatusCodes.Status404NotFound, RolePage.RenderNotFound());
            return;
        }
        if (!role.IsOpenAt(DateTimeOffset.UtcNow))
        {
            await WriteStatusPageAsync(http, StatusCodes.Status410Gone, RolePage.RenderGone(role, coop));
            return;
        }
        var page = RolePage.Render(role, coop, new SiteLinks(http.Request).Role(role));
        await ConditionalResponse.WriteAsync(http, page.ToBytes(), Layout.ContentType, Latest(role.UpdatedAt, coop.UpdatedAt));
    }

    /// <summary>The structured role (open or not: a JSON reader can see the status); 404 for an unknown id.</summary>
    private static async Task RoleJsonAsync(HttpContext http, string id, IQuerySession session)
    {
        var (role, coop) = await LoadAsync(session, id, http.RequestAborted);
        if (role is null || coop is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            await http.Response.WriteAsJsonAsync(new { error = "No role has that id." }, http.RequestAborted);
            return;
        }
        var document = RoleDocument.From(role, coop, new SiteLinks(http.Request), DateTimeOffset.UtcNow);
        await ConditionalResponse.WriteAsync(http, JsonSerializer.SerializeToUtf8Bytes(document, JsonOptions),
            "application/json; charset=utf-8", Latest(role.UpdatedAt, coop.UpdatedAt));
    }

    private static async Task<(Role?, Coop?)> LoadAsync(IQuerySession session, string id, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var guid) || await session.LoadAsync<Role>(guid, cancellationToken) is not { } role)
        {
            return (null, null);
        }
        return (role, await session.LoadAsync<Coop>(role.CoopId, cancellationToken));
    }

    private static async Task WriteStatusPageAsync(HttpContext http, int status, Html page)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = Layout.ContentType;
        http.Response.Headers.CacheControl = "public, max-age=60";
        await http.Response.Body.WriteAsync(page.ToBytes(), http.RequestAborted);
    }

    private static DateTimeOffset Latest(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
