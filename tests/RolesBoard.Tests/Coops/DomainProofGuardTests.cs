using RolesBoard.Tests.Infrastructure;
using RolesBoard.Tests.Ingestion;

namespace RolesBoard.Tests.Coops;

/// <summary>On the ordinary host (SSRF guard on), a domain that resolves to a private address is never fetched.</summary>
[Collection(nameof(BoardCollection))]
public sealed class DomainProofGuardTests(RolesBoardApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheProofIsFetchedThroughTheSsrfGuard()
    {
        var registered = (await app.GraphQLAsync("mutation { registerCoop(input: { name: \"Local\", website: \"http://localhost/\" }) { coop { id } apiKey errors { code } } }"))["data"]!["registerCoop"]!;
        var check = await app.GraphQLAsync("mutation($id: ID!) { checkCoopDomain(id: $id) { errors { code message } } }",
            new { id = registered["coop"]!.Text("id") }, registered.Text("apiKey"));
        var error = check["data"]!["checkCoopDomain"]!["errors"]![0]!;
        Assert.Equal("DOMAIN_NOT_PROVED", error.Text("code"));
        Assert.Contains("not a public address", error.Text("message"));
        Assert.DoesNotContain("127.0.0.1", error.Text("message"));
    }
}
