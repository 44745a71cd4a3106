using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Ingestion;

/// <summary>The app as deployed (private network refused): a preview cannot be pointed at the board's own network.</summary>
[Collection(nameof(BoardCollection))]
public sealed class PreviewScrapeGuardTests(RolesBoardApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task APreviewOfALoopbackAddressIsRefusedWithoutARequest()
    {
        await using var site = await CareersSite.StartAsync("Backend Developer");
        var coop = await app.RegisterCoopAsync("Fixture Co-op", "https://fixture.example");
        var body = await app.GraphQLAsync("query($url: String!) { previewScrape(url: $url) { outcome error roles { title } errors { code } } }",
            new { url = site.JobsUrl.AbsoluteUri }, coop.ApiKey);
        var preview = body["data"]!["previewScrape"]!;
        Assert.Equal("FAILED", preview["outcome"]!.GetValue<string>());
        Assert.Contains("refused", preview["error"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(preview["roles"]!.AsArray());
        Assert.Equal(0, site.JobsRequests);
    }
}
