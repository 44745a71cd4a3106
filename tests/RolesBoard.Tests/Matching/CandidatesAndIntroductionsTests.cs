using System.Text.Json.Nodes;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Matching;

[Collection(nameof(BoardCollection))]
public sealed class CandidatesAndIntroductionsTests(RolesBoardApp app) : IAsyncLifetime
{
    private const string CandidatesQuery = """
        query($id: ID!) { candidates(roleId: $id) { score matchedSkills missingSkills reasons candidate { id headline skills country remote } } }
        """;

    private Board.CoopKey _coop = null!;
    private string _roleId = "";

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _coop = await app.RegisterCoopAsync("Fair Code", "https://faircode.example.coop");
        _roleId = await app.PostRoleIdAsync(_coop.ApiKey, new
        {
            title = "Django developer", description = "Django for co-ops.", skills = new[] { "Django", "PostgreSQL" },
            remote = "REMOTE", remoteRegions = new[] { "EU" },
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<Seekers.SeekerKey> SeekerAsync(string name, bool visible, string[] skills, string location = "Lisbon, Portugal") =>
        app.CreateProfileKeyAsync(Seekers.Ana(i =>
        {
            i["name"] = name;
            i["email"] = name.Split(' ')[0].ToLowerInvariant() + "@private.example";
            i["visibleToCoops"] = visible;
            i["skills"] = skills;
            i["location"] = location;
        }));

    [Fact]
    public async Task APrivateProfileNeverAppearsAndNoContactDetailsDo()
    {
        var open = await SeekerAsync("Olga Open", visible: true, ["Django", "Postgres"]);
        var hidden = await SeekerAsync("Hilda Hidden", visible: false, ["Django", "Postgres"]);
        var python = await SeekerAsync("Pedro Python", visible: true, ["Python"]);

        using var response = await app.PostGraphQLAsync(CandidatesQuery, new { id = _roleId }, _coop.ApiKey);
        var raw = await response.Content.ReadAsStringAsync();
        var candidates = JsonNode.Parse(raw)!["data"]!["candidates"]!.AsArray();

        var ids = candidates.Select(c => c!["candidate"]!["id"]!.GetValue<string>()).ToList();
        Assert.Equal([open.Id, python.Id], ids); // the exact match first, the related-skill one after
        Assert.DoesNotContain(hidden.Id, raw);
        Assert.DoesNotContain("@private.example", raw);
        Assert.DoesNotContain("Olga", raw);
        Assert.Equal(["Django", "PostgreSQL"], candidates[0]!["matchedSkills"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public async Task TheCandidateTypeHasNoEmailField()
    {
        var body = await app.GraphQLAsync("query($id: ID!) { candidates(roleId: $id) { candidate { email } } }", new { id = _roleId }, _coop.ApiKey);
        Assert.Contains("email", body["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task SeekersWhoCannotWorkFromWhereTheyAreAreLeftOut()
    {
        await SeekerAsync("Uma Uk", visible: true, ["Django"], location: "Leeds, UK"); // the role is open to the EU only
        var body = await app.GraphQLAsync(CandidatesQuery, new { id = _roleId }, _coop.ApiKey);
        Assert.Empty(body["data"]!["candidates"]!.AsArray());
    }

    [Fact]
    public async Task OnlyTheRolesCoopSeesItsCandidates()
    {
        var other = await app.RegisterCoopAsync("Other", "https://other.example.coop");
        Assert.Equal("UNAUTHENTICATED", (await app.GraphQLAsync(CandidatesQuery, new { id = _roleId })).ErrorCode());
        Assert.Equal("FORBIDDEN", (await app.GraphQLAsync(CandidatesQuery, new { id = _roleId }, other.ApiKey)).ErrorCode());
        Assert.Equal("FORBIDDEN", (await app.GraphQLAsync(CandidatesQuery, new { id = _roleId }, "rbk_nobody")).ErrorCode());
    }

    [Fact]
    public async Task AnIntroductionRevealsContactOnlyAfterTheSeekerAccepts()
    {
        var seeker = await SeekerAsync("Olga Open", visible: true, ["Django"]);
        var requested = await RequestAsync(seeker.Id, _coop.ApiKey);
        Assert.Empty(requested.Codes());
        var introductionId = requested["introduction"]!["id"]!.GetValue<string>();
        Assert.Null(requested["introduction"]!["contact"]);
        Assert.Null((await IntroductionsAsync())[0]!["contact"]);

        var seen = await app.GraphQLAsync("query($id: ID!) { introductionRequests(profileId: $id) { id message status role { title } coop { name } } }", new { id = seeker.Id }, seeker.Token);
        var request = seen["data"]!["introductionRequests"]![0]!;
        Assert.Equal("PENDING", request["status"]!.GetValue<string>());
        Assert.Equal("Fair Code", request["coop"]!["name"]!.GetValue<string>());
        Assert.Equal("Django developer", request["role"]!["title"]!.GetValue<string>());

        var answered = await app.GraphQLAsync("mutation($id: ID!) { answerIntroduction(id: $id, accept: true) { introductionRequest { status } errors { code } } }", new { id = introductionId }, seeker.Token);
        Assert.Equal("ACCEPTED", answered["data"]!["answerIntroduction"]!["introductionRequest"]!["status"]!.GetValue<string>());

        var contact = (await IntroductionsAsync())[0]!["contact"]!;
        Assert.Equal("olga@private.example", contact["email"]!.GetValue<string>());
        Assert.Equal("Olga Open", contact["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task ADeclinedIntroductionRevealsNothing()
    {
        var seeker = await SeekerAsync("Olga Open", visible: true, ["Django"]);
        var id = (await RequestAsync(seeker.Id, _coop.ApiKey))["introduction"]!["id"]!.GetValue<string>();
        await app.GraphQLAsync("mutation($id: ID!) { answerIntroduction(id: $id, accept: false) { errors { code } } }", new { id }, seeker.Token);
        var introduction = (await IntroductionsAsync())[0]!;
        Assert.Equal("DECLINED", introduction["status"]!.GetValue<string>());
        Assert.Null(introduction["contact"]);
    }

    [Fact]
    public async Task OnlyTheSeekerAnswersAndOnlyVisibleSeekersCanBeAskedFor()
    {
        var hidden = await SeekerAsync("Hilda Hidden", visible: false, ["Django"]);
        Assert.Equal(["NOT_FOUND"], (await RequestAsync(hidden.Id, _coop.ApiKey)).Codes());

        var seeker = await SeekerAsync("Olga Open", visible: true, ["Django"]);
        var other = await app.RegisterCoopAsync("Other", "https://other.example.coop");
        Assert.Equal(["FORBIDDEN"], (await RequestAsync(seeker.Id, other.ApiKey)).Codes());

        var id = (await RequestAsync(seeker.Id, _coop.ApiKey))["introduction"]!["id"]!.GetValue<string>();
        var byCoop = await app.GraphQLAsync("mutation($id: ID!) { answerIntroduction(id: $id, accept: true) { errors { code } } }", new { id }, _coop.ApiKey);
        Assert.Equal(["NOT_FOUND"], byCoop["data"]!["answerIntroduction"]!.Codes()); // the co-op's key is no profile's token
        var anonymous = await app.GraphQLAsync("mutation($id: ID!) { answerIntroduction(id: $id, accept: true) { errors { code } } }", new { id });
        Assert.Equal(["UNAUTHENTICATED"], anonymous["data"]!["answerIntroduction"]!.Codes());
    }

    [Fact]
    public async Task CoopsReadReasonsFromPublicFactsOnly()
    {
        var onsite = await app.PostRoleIdAsync(_coop.ApiKey, new
        {
            title = "Django developer", description = "On site.", skills = new[] { "Django" }, location = "Porto, Portugal", remote = "ONSITE",
            salary = new { min = 25000, max = 30000, currency = "EUR", period = "YEAR" },
        });
        var seeker = await app.CreateProfileKeyAsync(Seekers.Ana(i =>
        {
            i["visibleToCoops"] = true;
            i["skills"] = new[] { "Django" };
            i["location"] = "Rua Augusta 12, Lisbon, Portugal";
            i["salaryFloor"] = new { amount = 42000, currency = "GBP", period = "YEAR" };
            i["availableFrom"] = "2026-01-01";
        }));

        using var response = await app.PostGraphQLAsync(CandidatesQuery, new { id = onsite }, _coop.ApiKey);
        var raw = await response.Content.ReadAsStringAsync();
        var reasons = JsonNode.Parse(raw)!["data"]!["candidates"]![0]!["reasons"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        Assert.DoesNotContain("floor", raw);
        Assert.DoesNotContain("42,000", raw);
        Assert.DoesNotContain("Rua Augusta", raw);
        Assert.Contains("Has 1 of 1 skills: Django", reasons);
        Assert.Contains("Based in Portugal", reasons);
        Assert.Contains("Available now", reasons);

        // The seeker's own reasons still speak to them about their floor.
        var mine = await app.MatchesAsync(seeker.Id, seeker.Token);
        Assert.Contains(mine["data"]!["matches"]!.AsArray(), m => m!["reasons"]!.AsArray().Any(r => r!.GetValue<string>().Contains("your floor of GBP 42,000")));
    }

    [Fact]
    public async Task ASeekerWhoTurnsPrivateLeavesIntroductionsTheyHaveNotAccepted()
    {
        var pending = await SeekerAsync("Olga Open", visible: true, ["Django"]);
        var accepted = await SeekerAsync("Ada Accepted", visible: true, ["Django"]);
        await RequestAsync(pending.Id, _coop.ApiKey);
        var id = (await RequestAsync(accepted.Id, _coop.ApiKey))["introduction"]!["id"]!.GetValue<string>();
        await app.GraphQLAsync("mutation($id: ID!) { answerIntroduction(id: $id, accept: true) { errors { code } } }", new { id }, accepted.Token);

        foreach (var (seeker, name) in new[] { (pending, "Olga Open"), (accepted, "Ada Accepted") })
        {
            var input = Seekers.Ana(i => { i["name"] = name; i["visibleToCoops"] = false; i["skills"] = new[] { "Django" }; });
            var update = await app.GraphQLAsync("mutation($id: ID!, $input: ProfileInput!) { updateProfile(id: $id, input: $input) { errors { code } } }",
                new { id = seeker.Id, input }, seeker.Token);
            Assert.Empty(update["data"]!["updateProfile"]!.Codes());
        }

        var left = await IntroductionsAsync();
        Assert.Equal([accepted.Id], left.Select(i => i!["candidate"]!["id"]!.GetValue<string>()));
    }

    private async Task<JsonNode> RequestAsync(string profileId, string key)
    {
        var body = await app.GraphQLAsync("""
            mutation($r: ID!, $p: ID!) { requestIntroduction(roleId: $r, profileId: $p, message: "We think you would fit") { introduction { id status contact { email } } errors { code } } }
            """, new { r = _roleId, p = profileId }, key);
        return body["data"]!["requestIntroduction"]!;
    }

    private async Task<JsonArray> IntroductionsAsync()
    {
        var body = await app.GraphQLAsync("query($id: ID!) { introductions(roleId: $id) { status contact { name email } candidate { id } } }", new { id = _roleId }, _coop.ApiKey);
        return body["data"]!["introductions"]!.AsArray();
    }
}
