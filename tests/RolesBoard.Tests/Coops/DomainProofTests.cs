using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RolesBoard.Api.Coops;
using RolesBoard.Tests.Infrastructure;
using RolesBoard.Tests.Ingestion;

namespace RolesBoard.Tests.Coops;

/// <summary>Proof of control of a domain, read from the co-op's own (fixture) site through the guarded fetcher.</summary>
[Collection(nameof(IngestionCollection))]
public sealed class DomainProofTests(IngestionApp app) : IAsyncLifetime
{
    private const string Register = """
        mutation($input: RegisterCoopInput!) { registerCoop(input: $input) { coop { id slug verified } apiKey domainVerificationToken errors { code message } } }
        """;

    private static readonly object Role = new { title = "Developer", description = "<p>Code.</p>" };

    private ProofSite _site = null!;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _site = await ProofSite.StartAsync();
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private async Task ImportMemberAsync()
    {
        var directory = Directory.CreateTempSubdirectory("register");
        await File.WriteAllTextAsync(Path.Combine(directory.FullName, "fixture-coop.md"), $"---\nname: Fixture Co-op\nwebsite: {_site.Website}\n---\nA member.\n");
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MembershipRegisterImport>().ImportAsync(directory.FullName, "CoTech");
        directory.Delete(recursive: true);
    }

    private async Task<JsonNode> RegisterAsync(string name, string? idempotencyKey = null) =>
        (await app.GraphQLAsync(Register, new { input = new { name, website = _site.Website, idempotencyKey } }))["data"]!["registerCoop"]!;

    private async Task<JsonNode> CheckAsync(JsonNode registered, string? key = null) =>
        (await app.GraphQLAsync("mutation($id: ID!) { checkCoopDomain(id: $id) { coop { verified } errors { code message } } }",
            new { id = registered["coop"]!["id"]!.GetValue<string>() }, key ?? registered.Text("apiKey")))["data"]!["checkCoopDomain"]!;

    [Fact]
    public async Task AClaimOnAMembersDomainActsOnlyOnceTheDomainIsProved()
    {
        await ImportMemberAsync();
        var claim = await RegisterAsync("Fixture Co-op");
        Assert.Empty(claim.Codes());
        Assert.Equal(["FORBIDDEN"], (await app.PostRoleAsync(claim.Text("apiKey"), Role)).Codes());

        var unproved = await CheckAsync(claim);
        Assert.Equal(["DOMAIN_NOT_PROVED"], unproved.Codes());
        Assert.Contains(claim.Text("domainVerificationToken"), unproved["errors"]![0]!.Text("message"));

        _site.Published = claim.Text("domainVerificationToken");
        Assert.Empty((await CheckAsync(claim)).Codes());
        Assert.Empty((await app.PostRoleAsync(claim.Text("apiKey"), Role)).Codes());
    }

    [Fact]
    public async Task AFalseClaimNeitherActsNorLocksTheOwnerOut()
    {
        await ImportMemberAsync();
        var impostor = await RegisterAsync("Impostor");
        var owner = await RegisterAsync("Fixture Co-op");
        Assert.Empty(owner.Codes());

        _site.Published = owner.Text("domainVerificationToken");
        Assert.Equal(["FORBIDDEN"], (await CheckAsync(owner, impostor.Text("apiKey"))).Codes());
        Assert.Empty((await CheckAsync(owner)).Codes());
        Assert.Equal(["ALREADY_REGISTERED"], (await RegisterAsync("Impostor again")).Codes());
        Assert.Equal(["FORBIDDEN"], (await app.PostRoleAsync(impostor.Text("apiKey"), Role)).Codes());
    }

    [Fact]
    public async Task RacingRegistrationsLeaveOneCoopPerDomain()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => RegisterAsync($"Racer {i}")));
        Assert.All(answers, a => Assert.True(a.Codes() is [] or ["ALREADY_REGISTERED"]));
        var coops = await app.GraphQLAsync("{ coops(first: 100) { totalCount } }");
        Assert.Equal(1, coops["data"]!["coops"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task ARetriedRegistrationGetsTheSameKeyBack()
    {
        var key = Guid.NewGuid().ToString();
        var first = await RegisterAsync("Fixture Co-op", key);
        var retry = await RegisterAsync("Fixture Co-op", key);
        Assert.Empty(retry.Codes());
        Assert.Equal(first.Text("apiKey"), retry.Text("apiKey"));
        Assert.Equal(first["coop"]!.Text("id"), retry["coop"]!.Text("id"));

        _site.Published = retry.Text("domainVerificationToken");
        Assert.Empty((await CheckAsync(retry)).Codes());
        Assert.Equal(["TOO_SHORT"], (await RegisterAsync("Other", "short-key")).Codes());
    }

    [Fact]
    public async Task TheAdministratorCanVerifyWithoutProofAndUnverifyClosingTheRoles()
    {
        var coop = await app.RegisterCoopAsync("Fixture Co-op", _site.Website); // verified by the administrator's key
        var roleId = await app.PostRoleIdAsync(coop.ApiKey, Role);

        var byCoop = await app.GraphQLAsync("mutation($id: ID!) { unverifyCoop(id: $id) { errors { code } } }", new { id = coop.Id }, coop.ApiKey);
        Assert.Equal(["FORBIDDEN"], byCoop["data"]!["unverifyCoop"]!.Codes());
        var unverified = await app.GraphQLAsync("mutation($id: ID!) { unverifyCoop(id: $id) { coop { verified } errors { code } } }", new { id = coop.Id }, RolesBoardApp.AdminKey);
        Assert.False(unverified["data"]!["unverifyCoop"]!["coop"]!["verified"]!.GetValue<bool>());

        var role = await app.GraphQLAsync("query($id: ID!) { role(id: $id) { status } }", new { id = roleId });
        Assert.Equal("CLOSED", role["data"]!["role"]!.Text("status"));
        Assert.Equal(["FORBIDDEN"], (await app.PostRoleAsync(coop.ApiKey, Role)).Codes());
    }
}
