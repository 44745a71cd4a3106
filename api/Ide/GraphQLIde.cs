using Microsoft.AspNetCore.StaticFiles;
using RolesBoard.Api.Assets;
using RolesBoard.Api.Feeds;
using RolesBoard.Api.Security;

namespace RolesBoard.Api.Ide;

/// <summary>
/// GraphiQL, built from <c>ide/</c> into <c>Ide/assets</c> and embedded in the assembly: <c>GET /graphql</c> from a
/// browser (Accept: text/html, no query) gets the IDE page, whose scripts and styles load from <c>/ide/</c>.
/// </summary>
public static class GraphQLIde
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>A browser navigating to /graphql: it asks for HTML and sends no GraphQL request.</summary>
    public static bool IsRequested(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey("query")
        && request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));

    public static Task ServePageAsync(HttpContext http)
    {
        var page = EmbeddedFiles.Read("ide/index.html") ?? throw new InvalidOperationException("The IDE is not embedded in the assembly.");
        // The page names the current hashed bundles, so it is revalidated every time; the bundles never change.
        http.Response.Headers.Vary = "Accept";
        // Its own bundles only; GraphiQL's editor sets styles at run time, so styles may be inline (scripts never are).
        new PagePolicy(Scripts: "'self'", Styles: "'self' 'unsafe-inline'").Apply(http.Response);
        return ConditionalResponse.WriteAsync(http, page, "text/html; charset=utf-8", null, "no-cache");
    }

    public static WebApplication MapGraphQLIde(this WebApplication app)
    {
        app.MapGet("/ide/{file}", (HttpContext http, string file) =>
        {
            if (file == "index.html" || EmbeddedFiles.Read("ide/" + file) is not { } bytes)
            {
                return Task.FromResult(Results.NotFound());
            }
            var type = ContentTypes.TryGetContentType(file, out var t) ? t : "application/octet-stream";
            return WriteAsync(http, bytes, type);
        });
        return app;
    }

    private static async Task<IResult> WriteAsync(HttpContext http, byte[] bytes, string contentType)
    {
        // Vite puts a content hash in every bundle's name, so a name always means the same bytes.
        await ConditionalResponse.WriteAsync(http, bytes, contentType, null, "public, max-age=31536000, immutable");
        return Results.Empty;
    }
}
