using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RolesBoard.Api.Feeds;

/// <summary>JSON Feed 1.1 (https://jsonfeed.org/version/1.1); each item carries the structured role as <c>_jobposting</c>.</summary>
public static class JsonFeedWriter
{
    public const string ContentType = "application/feed+json; charset=utf-8";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // The default encoder escapes <, > and & too, so a feed pasted into HTML cannot close a tag.
        Encoder = JavaScriptEncoder.Default,
    };

    public static byte[] Write(FeedContent feed)
    {
        var json = new JsonFeed(
            "https://jsonfeed.org/version/1.1",
            feed.Title,
            feed.HomePageUrl,
            feed.FeedUrl,
            feed.Description,
            feed.Items.Select(i => new JsonFeedItem(
                i.Document.Id,
                i.Document.Url,
                i.Document.ApplyUrl,
                i.Title,
                i.Document.DescriptionHtml,
                i.Summary,
                i.Document.DatePosted,
                i.Document.UpdatedAt,
                [new JsonFeedAuthor(i.Document.Coop.Name, i.Document.Coop.Website)],
                i.Document.Skills,
                i.Document)).ToList());
        return JsonSerializer.SerializeToUtf8Bytes(json, Options);
    }

    // JSON Feed names its fields in snake_case; the _jobposting extension keeps the GraphQL API's camelCase.
    private sealed record JsonFeed(
        string Version,
        string Title,
        [property: JsonPropertyName("home_page_url")] string HomePageUrl,
        [property: JsonPropertyName("feed_url")] string FeedUrl,
        string Description,
        IReadOnlyList<JsonFeedItem> Items);

    private sealed record JsonFeedItem(
        string Id,
        string Url,
        [property: JsonPropertyName("external_url")] string? ExternalUrl,
        string Title,
        [property: JsonPropertyName("content_html")] string? ContentHtml,
        string Summary,
        [property: JsonPropertyName("date_published")] DateTimeOffset DatePublished,
        [property: JsonPropertyName("date_modified")] DateTimeOffset DateModified,
        IReadOnlyList<JsonFeedAuthor> Authors,
        IReadOnlyList<string> Tags,
        [property: JsonPropertyName("_jobposting")] RoleDocument JobPosting);

    private sealed record JsonFeedAuthor(string Name, string Url);
}
