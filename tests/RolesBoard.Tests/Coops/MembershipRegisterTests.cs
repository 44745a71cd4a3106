using Microsoft.Extensions.DependencyInjection;
using RolesBoard.Api.Coops;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Coops;

[Collection(nameof(BoardCollection))]
public sealed class MembershipRegisterTests(RolesBoardApp app) : IAsyncLifetime
{
    // The real CoTech directory (a copy of shared/data, kept in the repository so a fresh clone can test).
    private static readonly string Register = Path.GetFullPath(Path.Combine(RepositoryRoot(), "data", "cotech-coops"));

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<MembershipRegisterImport.Result> ImportAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MembershipRegisterImport>().ImportAsync(Register, "CoTech");
    }

    [Fact]
    public async Task ImportsEveryCoTechMemberAsVerifiedAndReimportsWithoutDuplicates()
    {
        var files = Directory.GetFiles(Register, "*.md").Length;
        var first = await ImportAsync();
        Assert.Equal(files, first.Created);
        var second = await ImportAsync();
        Assert.Equal(0, second.Created);
        Assert.Equal(files, second.Updated);

        var body = await app.GraphQLAsync("{ coops(first: 100, network: \"CoTech\", verified: true) { totalCount nodes { slug name website networks } } }");
        var coops = body["data"]!["coops"]!;
        Assert.Equal(files, coops["totalCount"]!.GetValue<int>());
        var outlandish = coops["nodes"]!.AsArray().Single(n => n!["name"]!.GetValue<string>() == "Outlandish")!;
        Assert.Equal("http://www.outlandish.com", outlandish["website"]!.GetValue<string>());
    }

    [Fact]
    public async Task ClaimingAMemberOnTheRegisterGivesAKeyThatActsOnlyAfterProof()
    {
        // Before proof of the domain (DomainProofTests) anyone could claim a member's website and post as it.
        await ImportAsync();
        var coop = await app.RegisterCoopAsync("Outlandish Co-op", "https://outlandish.com/", verify: false);
        var payload = await app.PostRoleAsync(coop.ApiKey, new { title = "Developer", description = "Code." });
        Assert.Equal(["FORBIDDEN"], payload.Codes());
        Assert.Equal("outlandish", coop.Slug);
    }

    [Fact]
    public async Task AClaimedMemberCannotBeRegisteredAgain()
    {
        await ImportAsync();
        await app.RegisterCoopAsync("Outlandish", "https://www.outlandish.com", verify: true);
        var again = await app.GraphQLAsync("mutation { registerCoop(input: { name: \"Impostor\", website: \"http://outlandish.com\" }) { apiKey errors { field code } } }");
        Assert.Equal(["ALREADY_REGISTERED"], again["data"]!["registerCoop"]!.Codes());
        Assert.Null(again["data"]!["registerCoop"]!["apiKey"]);
    }

    [Fact]
    public async Task ACoopOffTheRegisterWaitsForTheAdministrator()
    {
        await ImportAsync();
        var body = await app.GraphQLAsync("mutation { registerCoop(input: { name: \"Brand New\", website: \"https://brand-new.example\" }) { coop { verified slug } errors { code } } }");
        Assert.False(body["data"]!["registerCoop"]!["coop"]!["verified"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("{ name: \"\", website: \"https://a.example\" }", "REQUIRED")]
    [InlineData("{ name: \"A\", website: \"javascript:alert(1)\" }", "INVALID_URL")]
    [InlineData("{ name: \"A\", website: \"https://a.example\", careersUrl: \"not a url\" }", "INVALID_URL")]
    [InlineData("{ name: \"A\", website: \"https://a.example\", payRatio: 0.5 }", "OUT_OF_RANGE")]
    [InlineData("{ name: \"A\", website: \"https://a.example\", country: \"Mordor\" }", "INVALID_COUNTRY")]
    public async Task RegistrationRefusesBadInput(string input, string code)
    {
        var body = await app.GraphQLAsync($"mutation {{ registerCoop(input: {input}) {{ coop {{ id }} apiKey errors {{ code }} }} }}");
        Assert.Contains(code, body["data"]!["registerCoop"]!.Codes());
        Assert.Null(body["data"]!["registerCoop"]!["apiKey"]);
    }

    [Fact]
    public async Task TheImportCommandReportsAMissingDirectoryClearly()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var import = scope.ServiceProvider.GetRequiredService<MembershipRegisterImport>();
        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => import.ImportAsync("/no/such/register", "CoTech"));
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", ".."));
}
