using System.Text.Json.Nodes;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Profiles;

[Collection(nameof(BoardCollection))]
public sealed class ErasureAndExportTests(RolesBoardApp app) : IAsyncLifetime
{
    private const string Name = "Zofia Erasmus-Quill";
    private const string Email = "zofia.quill@erasure.example";

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A visible seeker with an accepted introduction: the profile and derived data both hold something about her.</summary>
    private async Task<Seekers.SeekerKey> SeekerWithAnAcceptedIntroductionAsync()
    {
        var coop = await app.RegisterCoopAsync("Erasure Co-op", "https://erasure.example.coop");
        var roleId = await app.PostRoleIdAsync(coop.ApiKey, new { title = "Python developer", description = "Python.", skills = new[] { "Python" }, remote = "REMOTE" });
        var seeker = await app.CreateProfileKeyAsync(Seekers.Ana(i => { i["name"] = Name; i["email"] = Email; i["visibleToCoops"] = true; i["skills"] = new[] { "Python" }; }));
        var requested = await app.GraphQLAsync("mutation($r: ID!, $p: ID!) { requestIntroduction(roleId: $r, profileId: $p, message: \"Hello, we would like to talk\") { introduction { id } errors { code } } }",
            new { r = roleId, p = seeker.Id }, coop.ApiKey);
        var id = requested["data"]!["requestIntroduction"]!["introduction"]!["id"]!.GetValue<string>();
        var answered = await app.GraphQLAsync("mutation($id: ID!) { answerIntroduction(id: $id, accept: true) { errors { code } } }", new { id }, seeker.Token);
        Assert.Empty(answered["data"]!["answerIntroduction"]!.Codes());
        return seeker;
    }

    [Fact]
    public async Task ExportHoldsTheProfileAndEveryIntroductionRequest()
    {
        var seeker = await SeekerWithAnAcceptedIntroductionAsync();
        var body = await app.GraphQLAsync("query($id: ID!) { exportProfile(id: $id) { profile { email } json } }", new { id = seeker.Id }, seeker.Token);
        var export = body["data"]!["exportProfile"]!;
        Assert.Equal(Email, export["profile"]!["email"]!.GetValue<string>());
        var json = JsonNode.Parse(export["json"]!.GetValue<string>())!;
        Assert.Equal(Name, json["profile"]!["name"]!.GetValue<string>());
        Assert.Equal(Email, json["profile"]!["email"]!.GetValue<string>());
        Assert.Equal("Accepted", json["introductionRequests"]![0]!["status"]!.GetValue<string>());
        Assert.Equal("Hello, we would like to talk", json["introductionRequests"]![0]!["message"]!.GetValue<string>());
        Assert.DoesNotContain(seeker.Token, export["json"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeletingAProfileLeavesNoTraceAnywhereInTheDatabase()
    {
        var seeker = await SeekerWithAnAcceptedIntroductionAsync();
        Assert.NotEmpty(await PlacesHoldingAsync(Email)); // the scan finds her before erasure

        var body = await app.GraphQLAsync("mutation($id: ID!) { deleteProfile(id: $id) { deletedProfile { id } errors { code } } }", new { id = seeker.Id }, seeker.Token);
        Assert.Equal(seeker.Id, body["data"]!["deleteProfile"]!["deletedProfile"]!["id"]!.GetValue<string>());

        Assert.Empty(await PlacesHoldingAsync(Name));
        Assert.Empty(await PlacesHoldingAsync(Email));
        Assert.Empty(await PlacesHoldingAsync(seeker.Id));
    }

    private Task<List<string>> PlacesHoldingAsync(string needle) => app.PlacesHoldingAsync(needle);
}
