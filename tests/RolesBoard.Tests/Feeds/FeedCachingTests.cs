using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Feeds;

[Collection(nameof(BoardCollection))]
public sealed class FeedCachingTests(RolesBoardApp app) : IAsyncLifetime
{
    private Board.CoopKey _coop = null!;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
        await app.PostRoleIdAsync(_coop.ApiKey, new { title = "Python developer", description = "Django.", skills = new[] { "Python" } });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<HttpResponseMessage> GetAsync(string url, Action<HttpRequestHeaders>? headers = null)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        headers?.Invoke(request.Headers);
        return await client.SendAsync(request);
    }

    [Theory]
    [InlineData("/feed.rss")]
    [InlineData("/feed.atom")]
    [InlineData("/feed.json?skill=python")]
    [InlineData("/roles")]
    public async Task AnswersNotModifiedToAMatchingETag(string url)
    {
        using var first = await GetAsync(url);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Contains("max-age=", first.Headers.CacheControl!.ToString());
        Assert.True(first.Headers.CacheControl!.Public);

        using var again = await GetAsync(url, h => h.IfNoneMatch.Add(etag));
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());

        using var other = await GetAsync(url, h => h.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\"")));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task AnswersNotModifiedSinceTheLastChangeAndOkAfterANewRole()
    {
        using var first = await GetAsync("/feed.atom");
        var lastModified = first.Content.Headers.LastModified;
        Assert.NotNull(lastModified);

        using var same = await GetAsync("/feed.atom", h => h.IfModifiedSince = lastModified);
        Assert.Equal(HttpStatusCode.NotModified, same.StatusCode);

        await Task.Delay(1100); // HTTP dates have whole seconds
        await app.PostRoleIdAsync(_coop.ApiKey, new { title = "Go developer", description = "Go." });
        using var changed = await GetAsync("/feed.atom", h => h.IfModifiedSince = lastModified);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("Go developer", await changed.Content.ReadAsStringAsync());
        Assert.True(changed.Content.Headers.LastModified > lastModified);
    }

    [Fact]
    public async Task ARepeatedFeedIsServedFromTheOutputCacheAndVariesByQuery()
    {
        using var first = await GetAsync("/feed.json?skill=python");
        using var second = await GetAsync("/feed.json?skill=python");
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age); // the output cache answered
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);

        using var other = await GetAsync("/feed.json?skill=rust");
        Assert.Null(other.Headers.Age);
        Assert.DoesNotContain("Python developer", await other.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PostingARoleEvictsCachedFeeds()
    {
        using var cached = await GetAsync("/feed.rss");
        using var warm = await GetAsync("/feed.rss");
        Assert.NotNull(warm.Headers.Age);

        await app.PostRoleIdAsync(_coop.ApiKey, new { title = "Elixir developer", description = "Phoenix." });
        using var fresh = await GetAsync("/feed.rss");
        Assert.Null(fresh.Headers.Age);
        Assert.Contains("Elixir developer", await fresh.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CachedAnswersStillHonourIfNoneMatch()
    {
        using var first = await GetAsync("/feed.rss");
        using var cached = await GetAsync("/feed.rss", h => h.IfNoneMatch.Add(first.Headers.ETag!));
        Assert.Equal(HttpStatusCode.NotModified, cached.StatusCode);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task FeedsGoCompressedToClientsThatAskAndPlainToThoseThatDoNot(string encoding)
    {
        void Accept(HttpRequestHeaders h) => h.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var plain = await GetAsync("/feed.json");
        var text = await plain.Content.ReadAsStringAsync();
        using var compressed = await GetAsync("/feed.json", Accept);
        using var compressedAgain = await GetAsync("/feed.json", Accept);
        using var plainAgain = await GetAsync("/feed.json");

        Assert.Equal([encoding], compressed.Content.Headers.ContentEncoding);
        Assert.Equal(text, await DecompressAsync(compressed, encoding));
        Assert.NotNull(compressedAgain.Headers.Age); // the compressed copy is cached too
        Assert.Equal([encoding], compressedAgain.Content.Headers.ContentEncoding);
        Assert.NotNull(plainAgain.Headers.Age);
        Assert.Empty(plainAgain.Content.Headers.ContentEncoding); // never another client's compressed copy
        Assert.Equal(text, await plainAgain.Content.ReadAsStringAsync());

        // The compressed bytes are another representation: a weak validator, which still earns a 304.
        Assert.False(plain.Headers.ETag!.IsWeak);
        Assert.True(compressed.Headers.ETag!.IsWeak);
        using var notModified = await GetAsync("/feed.json", h => { Accept(h); h.IfNoneMatch.Add(compressed.Headers.ETag!); });
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    private static async Task<string> DecompressAsync(HttpResponseMessage response, string encoding)
    {
        await using var body = await response.Content.ReadAsStreamAsync();
        await using Stream decoded = encoding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
        using var reader = new StreamReader(decoded);
        return await reader.ReadToEndAsync();
    }
}
