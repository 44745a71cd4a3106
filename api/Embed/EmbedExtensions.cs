using RolesBoard.Api.Assets;
using RolesBoard.Api.Cors;
using RolesBoard.Api.Feeds;
using RolesBoard.Api.Pages;
using RolesBoard.Api.Security;

namespace RolesBoard.Api.Embed;

/// <summary>The widget: <c>/embed.js</c> for script embedding and <c>/embed</c> for sites that prefer an iframe.</summary>
public static class EmbedExtensions
{
    private static readonly Lazy<byte[]> Script = new(() => EmbeddedFiles.Read("embed/embed.js")
        ?? throw new InvalidOperationException("embed.js is not embedded in the assembly."));

    public static WebApplication MapEmbed(this WebApplication app)
    {
        app.MapGet("/embed.js", (HttpContext http) =>
            // Embedding sites keep one URL forever, so it is revalidated (cheaply, by ETag) rather than versioned.
            ConditionalResponse.WriteAsync(http, Script.Value, "text/javascript; charset=utf-8", null, "public, max-age=3600"))
            .RequireCors(PublicCors.PublicRead);
        app.MapGet("/embed", EmbedPageAsync).RequireCors(PublicCors.PublicRead).CacheOutput(FeedsExtensions.ListingsPolicy);
        return app;
    }

    private static async Task EmbedPageAsync(HttpContext http, RoleListings listings)
    {
        var (request, error) = FeedRequest.Parse(http.Request.Query, defaultLimit: 10);
        var (listing, missing) = request is null ? (null, error) : await listings.ReadAsync(request, http.RequestAborted);
        if (listing is null)
        {
            await BadRequest.WriteAsync(http, missing!);
            return;
        }
        var links = new SiteLinks(http.Request);
        var page = Layout.Page("Open roles", main =>
        {
            main.Element("h1", "Open roles at co-ops");
            RoleList.Render(main, listing, links, target: "_blank");
            main.Open("p").Element("a", "More roles on RolesBoard", ("href", links.Roles(request!.ToQueryString())), ("target", "_blank"), ("rel", "noopener")).Close("p");
        });
        // Meant to be framed by any site.
        (PagePolicy.Default with { Styles = Layout.StyleSource, FrameAncestors = "*" }).Apply(http.Response);
        await ConditionalResponse.WriteAsync(http, page.ToBytes(), Layout.ContentType, listing.LastModified);
    }
}
