using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Founders;

[Collection(nameof(BoardCollection))]
public sealed class AdviserTests(RolesBoardApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<List<string>> ListedNamesAsync(string args = "")
    {
        var body = await app.GraphQLAsync($"{{ advisers{args} {{ nodes {{ name }} totalCount }} }}");
        return body["data"]!["advisers"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToList();
    }

    [Fact]
    public async Task ARegisteredAdviserGetsATokenOnceAndIsListedOnlyAfterTheAdministratorVerifies()
    {
        var payload = await app.RegisterAdviserAsync(FounderSteps.Adviser());
        Assert.Empty(payload.Codes());
        Assert.StartsWith("rba_", payload["token"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(payload["adviser"]!["verified"]!.GetValue<bool>());
        Assert.Equal(["GB", "IE"], payload["adviser"]!["countries"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Empty(await ListedNamesAsync());

        var id = payload["adviser"]!["id"]!.GetValue<string>();
        var refused = await app.GraphQLAsync("mutation($id: ID!) { verifyAdviser(id: $id) { errors { code } } }", new { id }, payload["token"]!.GetValue<string>());
        Assert.Equal(["FORBIDDEN"], refused["data"]!["verifyAdviser"]!.Codes());
        Assert.Empty(await ListedNamesAsync());

        await app.GraphQLAsync("mutation($id: ID!) { verifyAdviser(id: $id) { errors { code } } }", new { id }, RolesBoardApp.AdminKey);
        Assert.Equal(["Morag Adviser"], await ListedNamesAsync());
    }

    [Fact]
    public async Task AVerifiedCoopVouchingWithItsKeyListsTheAdviserAtOnce()
    {
        var coop = await app.RegisterCoopAsync("Vouching Co-op", "https://vouching.example.coop");
        var payload = await app.RegisterAdviserAsync(FounderSteps.Adviser(i => i["coopId"] = coop.Id), coop.ApiKey);
        Assert.Empty(payload.Codes());
        Assert.True(payload["adviser"]!["verified"]!.GetValue<bool>());
        Assert.Equal(["Morag Adviser"], await ListedNamesAsync());
    }

    [Fact]
    public async Task NamingACoopWithoutItsKeyOrAnUnverifiedCoopDoesNotVouch()
    {
        var verified = await app.RegisterCoopAsync("Named Co-op", "https://named.example.coop");
        var unverified = await app.RegisterCoopAsync("Unverified Co-op", "https://unverified.example.coop", verify: false);

        var withoutKey = await app.RegisterAdviserAsync(FounderSteps.Adviser(i => i["coopId"] = verified.Id));
        Assert.Equal(["FORBIDDEN"], withoutKey.Codes());
        var otherKey = await app.RegisterAdviserAsync(FounderSteps.Adviser(i => i["coopId"] = verified.Id), unverified.ApiKey);
        Assert.Equal(["FORBIDDEN"], otherKey.Codes());
        // A registration's key acts for nobody until its domain is proved (SECURITY.md), so it cannot vouch either.
        var notVerified = await app.RegisterAdviserAsync(FounderSteps.Adviser(i => i["coopId"] = unverified.Id), unverified.ApiKey);
        Assert.Equal(["FORBIDDEN"], notVerified.Codes());
        Assert.Empty(await ListedNamesAsync());
    }

    [Fact]
    public async Task ThePublicCannotAskForAnAdvisersEmail()
    {
        await app.VerifiedAdviserAsync();
        using var response = await app.PostGraphQLAsync("{ advisers { nodes { name email } } }");
        var body = await response.Content.ReadAsStringAsync();
        var error = System.Text.Json.Nodes.JsonNode.Parse(body)!["errors"]![0]!["message"]!.GetValue<string>();
        Assert.Contains("'email'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("morag@advice.example", body, StringComparison.Ordinal);
        var listing = await app.GraphQLAsync("{ advisers { nodes { id name bio countries languages topics timeZone hoursPerMonth coopId verified } } }");
        Assert.DoesNotContain("morag@advice.example", listing.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdvisersAreFilteredByCountryLanguageAndTopic()
    {
        await app.VerifiedAdviserAsync();
        await app.VerifiedAdviserAsync(i => { i["name"] = "Lucía Asesora"; i["countries"] = new[] { "ES" }; i["languages"] = new[] { "Spanish", "English" }; i["topics"] = new[] { "Finance" }; i["timeZone"] = "Europe/Madrid"; });

        Assert.Equal(["Lucía Asesora"], await ListedNamesAsync("(country: \"Spain\")"));
        Assert.Equal(["Lucía Asesora", "Morag Adviser"], await ListedNamesAsync("(language: \"english\")"));
        Assert.Equal(["Morag Adviser"], await ListedNamesAsync("(topic: \"governance\")"));
        Assert.Empty(await ListedNamesAsync("(country: \"IE\", topic: \"finance\")"));
    }

    [Fact]
    public async Task BadAdviserInputIsRefusedFieldByField()
    {
        var payload = await app.RegisterAdviserAsync(FounderSteps.Adviser(i =>
        {
            i["email"] = "not-an-address";
            i["countries"] = new[] { "Narnia" };
            i["timeZone"] = "Mars/Olympus";
            i["hoursPerMonth"] = 0;
            i["topics"] = Array.Empty<string>();
        }));
        Assert.Equal(["INVALID_EMAIL", "INVALID_COUNTRY", "REQUIRED", "INVALID_TIME_ZONE", "OUT_OF_RANGE"], payload.Codes());
        Assert.Null(payload["token"]);
    }
}
