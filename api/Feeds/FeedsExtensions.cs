using Marten;
using Microsoft.AspNetCore.OutputCaching;
using RolesBoard.Api.Cors;

namespace RolesBoard.Api.Feeds;

public static class FeedsExtensions
{
    /// <summary>The output cache policy for everything that lists or shows roles.</summary>
    public const string ListingsPolicy = "role-listings";

    /// <summary>The feeds' paths, which FeedCompression compresses.</summary>
    public const string RssPath = "/feed.rss", AtomPath = "/feed.atom", JsonPath = "/feed.json";

    public static IServiceCollection AddFeeds(this IServiceCollection services)
    {
        services.AddScoped<RoleListings>();
        services.AddOutputCache(options => options.AddPolicy(ListingsPolicy, policy => policy
            .Expire(TimeSpan.FromMinutes(2))
            .SetVaryByQuery(FeedRequest.Keys)
            // The host names the links inside the body, so two hosts never share an entry.
            .SetVaryByHost(true)
            // Feeds are stored compressed (FeedCompression): a client that asked for no encoding, or another one,
            // must never be given a copy compressed for somebody else.
            .SetVaryByHeader(Microsoft.Net.Http.Headers.HeaderNames.AcceptEncoding)
            .Tag(FeedCacheEviction.Tag)));
        services.AddFeedCompression();
        services.ConfigureMarten((sp, options) => options.Listeners.Add(new FeedCacheEviction(sp.GetRequiredService<IOutputCacheStore>())));
        return services;
    }

    public static WebApplication MapFeeds(this WebApplication app)
    {
        var feeds = app.MapGroup("").RequireCors(PublicCors.PublicRead).CacheOutput(ListingsPolicy);
        feeds.MapGet(RssPath, (HttpContext http, RoleListings listings) =>
            WriteFeedAsync(http, listings, "rss", XmlFeedWriter.RssContentType, XmlFeedWriter.WriteRss));
        feeds.MapGet(AtomPath, (HttpContext http, RoleListings listings) =>
            WriteFeedAsync(http, listings, "atom", XmlFeedWriter.AtomContentType, XmlFeedWriter.WriteAtom));
        feeds.MapGet(JsonPath, (HttpContext http, RoleListings listings) =>
            WriteFeedAsync(http, listings, "json", JsonFeedWriter.ContentType, JsonFeedWriter.Write));
        return app;
    }

    private static async Task WriteFeedAsync(HttpContext http, RoleListings listings, string extension, string contentType, Func<FeedContent, byte[]> write)
    {
        var (request, error) = FeedRequest.Parse(http.Request.Query);
        if (request is not null && request.After is not null)
        {
            (request, error) = (null, "Feeds have no pages: use 'limit' (at most 100), or the GraphQL API to page.");
        }
        var (listing, missing) = request is null ? (null, error) : await listings.ReadAsync(request, http.RequestAborted);
        if (listing is null)
        {
            await BadRequest.WriteAsync(http, missing!);
            return;
        }
        var content = FeedContent.From(listing, request!, new SiteLinks(http.Request), extension);
        await ConditionalResponse.WriteAsync(http, write(content), contentType, listing.LastModified);
    }
}
