using System.Text.Json.Nodes;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Founders;

[Collection(nameof(BoardCollection))]
public sealed class FoundingCircleTests(RolesBoardApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(Seekers.SeekerKey Seeker, string? MemberId)> FounderAsync(string name, string[] skills, string country = "GB", string zone = "Europe/London", bool join = true, bool wantsToFound = true)
    {
        var seeker = await app.CreateProfileKeyAsync(Seekers.Ana(i =>
        {
            i["name"] = name;
            i["email"] = $"{name.ToLowerInvariant().Replace(' ', '.')}@circle.example";
            i["headline"] = $"Works in {skills[0]}";
            i["skills"] = skills;
            i["country"] = country;
            i["location"] = null;
            i["timeZone"] = zone;
            i["wantsToFound"] = wantsToFound;
        }));
        if (!join)
        {
            return (seeker, null);
        }
        var joined = await JoinAsync(seeker);
        return (seeker, joined["member"]?["id"]?.GetValue<string>());
    }

    private async Task<JsonNode> JoinAsync(Seekers.SeekerKey seeker)
    {
        var body = await app.GraphQLAsync("mutation($p: ID!) { joinFoundingCircle(profileId: $p, join: true) { member { id country } errors { code } } }", new { p = seeker.Id }, seeker.Token);
        return body["data"]!["joinFoundingCircle"]!;
    }

    private async Task<JsonNode> SuggestionsAsync(Seekers.SeekerKey seeker)
    {
        var body = await app.GraphQLAsync("query($p: ID!) { foundingCircle(profileId: $p) { memberId headline skills complementarySkills sharedSkills overlapHours } }", new { p = seeker.Id }, seeker.Token);
        return body["data"]!["foundingCircle"]!;
    }

    [Fact]
    public async Task SuggestionsAreSameCountryOverlappingHoursAndComplementarySkillsWithoutNames()
    {
        var (me, _) = await FounderAsync("Me Founder", ["Python", "Django"]);
        var (_, designer) = await FounderAsync("Dana Designer", ["Figma", "UX Design", "Python"], zone: "Europe/Dublin");
        await FounderAsync("Twin Coder", ["Python", "Django"]);
        await FounderAsync("Far Away", ["Accounting"], zone: "Australia/Sydney");
        await FounderAsync("Elsewhere", ["Accounting"], country: "ES", zone: "Europe/Madrid");
        await FounderAsync("Not Joined", ["Accounting"], join: false);

        var suggestions = await SuggestionsAsync(me);

        var only = Assert.Single(suggestions.AsArray())!;
        Assert.Equal(designer, only["memberId"]!.GetValue<string>());
        Assert.Contains("Figma", only["complementarySkills"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(["Python"], only["sharedSkills"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(8, only["overlapHours"]!.GetValue<double>());
        Assert.DoesNotContain("Dana", suggestions.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("circle.example", suggestions.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlySeekersWhoWantToFoundCanJoin()
    {
        var (seeker, _) = await FounderAsync("Joiner Only", ["Python"], join: false, wantsToFound: false);
        Assert.Equal(["NOT_FOUNDING"], (await JoinAsync(seeker)).Codes());
        Assert.Empty((await SuggestionsAsync(seeker)).AsArray());
    }

    [Fact]
    public async Task AnIntroductionSharesContactsOnlyOnceTheOtherAccepts()
    {
        var (me, _) = await FounderAsync("Me Founder", ["Python"]);
        var (dana, danaMember) = await FounderAsync("Dana Designer", ["Figma"]);

        var requested = await app.GraphQLAsync("""
            mutation($p: ID!, $m: ID!) { requestFoundingIntroduction(profileId: $p, memberId: $m, message: "Shall we found a studio co-op?") { introduction { id sent contact { email } } errors { code } } }
            """, new { p = me.Id, m = danaMember }, me.Token);
        var introduction = requested["data"]!["requestFoundingIntroduction"]!["introduction"]!;
        Assert.Null(introduction["contact"]);
        var id = introduction["id"]!.GetValue<string>();

        const string List = "query($p: ID!) { foundingIntroductions(profileId: $p) { id sent answer message contact { name email } } }";
        var danaSees = (await app.GraphQLAsync(List, new { p = dana.Id }, dana.Token))["data"]!["foundingIntroductions"]![0]!;
        Assert.False(danaSees["sent"]!.GetValue<bool>());
        Assert.Null(danaSees["contact"]);
        Assert.Equal(["NOT_FOUND"], (await AnswerAsync(me, id)).Codes()); // the asker cannot accept for the other

        Assert.Empty((await AnswerAsync(dana, id)).Codes());

        var meSees = (await app.GraphQLAsync(List, new { p = me.Id }, me.Token))["data"]!["foundingIntroductions"]![0]!;
        Assert.Equal("dana.designer@circle.example", meSees["contact"]!["email"]!.GetValue<string>());
        danaSees = (await app.GraphQLAsync(List, new { p = dana.Id }, dana.Token))["data"]!["foundingIntroductions"]![0]!;
        Assert.Equal("Me Founder", danaSees["contact"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeletingAProfileErasesItsCircleMembershipAndIntroductions()
    {
        var (me, _) = await FounderAsync("Me Founder", ["Python"]);
        var (dana, danaMember) = await FounderAsync("Dana Designer", ["Figma"]);
        await app.GraphQLAsync("mutation($p: ID!, $m: ID!) { requestFoundingIntroduction(profileId: $p, memberId: $m, message: \"Hello there\") { errors { code } } }",
            new { p = me.Id, m = danaMember }, me.Token);

        await app.GraphQLAsync("mutation($id: ID!) { deleteProfile(id: $id) { errors { code } } }", new { id = dana.Id }, dana.Token);

        Assert.Empty(await app.PlacesHoldingAsync(dana.Id));
        Assert.Empty(await app.PlacesHoldingAsync(danaMember!));
        Assert.Empty((await SuggestionsAsync(me)).AsArray());
    }

    private async Task<JsonNode> AnswerAsync(Seekers.SeekerKey seeker, string id)
    {
        var body = await app.GraphQLAsync("mutation($p: ID!, $id: ID!) { answerFoundingIntroduction(profileId: $p, id: $id, accept: true) { introduction { answer } errors { code } } }",
            new { p = seeker.Id, id }, seeker.Token);
        return body["data"]!["answerFoundingIntroduction"]!;
    }
}
