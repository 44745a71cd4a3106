using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Matching;

[Collection(nameof(BoardCollection))]
public sealed class MatchesTests(RolesBoardApp app) : IAsyncLifetime
{
    private Board.CoopKey _coop = null!;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<string> PostAsync(string title, string[] skills, string remote = "REMOTE", string[]? regions = null, string? location = null, string? timeZone = null) =>
        app.PostRoleIdAsync(_coop.ApiKey, new { title, description = title + ".", skills, remote, remoteRegions = regions ?? [], location, timeZone });

    [Fact]
    public async Task MatchesAreRankedExplainedAndLeaveOutWhatTheyCannotTake()
    {
        var django = await PostAsync("Django developer", ["Django", "Python", "PostgreSQL"], regions: ["EU"]);
        var flask = await PostAsync("Flask developer", ["Flask", "Redis"], regions: ["EU"]);
        await PostAsync("UK-only Django developer", ["Django", "Python"], regions: ["GB"], location: "Leeds, UK");
        await PostAsync("Rust developer", ["Rust"]);
        var seeker = await app.CreateProfileKeyAsync(Seekers.Ana(i => { i["location"] = "Madrid, Spain"; i["timeZone"] = "Europe/Madrid"; }));

        var matches = (await app.MatchesAsync(seeker.Id, seeker.Token))["data"]!["matches"]!.AsArray();
        Assert.Equal([django, flask], matches.Select(m => m!["role"]!["id"]!.GetValue<string>()));
        var best = matches[0]!;
        Assert.InRange(best["score"]!.GetValue<double>(), 0.8, 1);
        Assert.Contains("Remote role open to Spain", best["reasons"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(["Flask", "Redis"], matches[1]!["missingSkills"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public async Task AUkRoleWithoutAZoneKeepsUkHours()
    {
        await PostAsync("Python developer", ["Python"], location: "Leeds, UK");
        var lisbon = await app.CreateProfileKeyAsync(Seekers.Ana());
        var auckland = await app.CreateProfileKeyAsync(Seekers.Ana(i => { i["email"] = "kiri@example.org"; i["location"] = "Auckland, New Zealand"; }));

        var near = (await app.MatchesAsync(lisbon.Id, lisbon.Token))["data"]!["matches"]![0]!;
        var far = (await app.MatchesAsync(auckland.Id, auckland.Token))["data"]!["matches"]![0]!;
        Assert.Contains(near["reasons"]!.AsArray(), r => r!.GetValue<string>().StartsWith("Needs 4 h overlap with UK hours: Lisbon has", StringComparison.Ordinal));
        Assert.Contains(far["reasons"]!.AsArray(), r => r!.GetValue<string>() == "Needs 4 h overlap with UK hours: Auckland has 0");
        Assert.True(near["score"]!.GetValue<double>() > far["score"]!.GetValue<double>() * 1.8);
    }

    [Fact]
    public async Task ClosedRolesAreNotMatches()
    {
        var id = await PostAsync("Django developer", ["Django"]);
        await app.GraphQLAsync("mutation($id: ID!) { closeRole(id: $id) { errors { code } } }", new { id }, _coop.ApiKey);
        var seeker = await app.CreateProfileKeyAsync(Seekers.Ana());
        Assert.Empty((await app.MatchesAsync(seeker.Id, seeker.Token))["data"]!["matches"]!.AsArray());
    }

    [Fact]
    public async Task ARolesTimeZoneIsValidated()
    {
        var bad = await app.PostRoleAsync(_coop.ApiKey, new { title = "Dev", description = "x", timeZone = "GMT Standard Time", minOverlapHours = 9 });
        Assert.Equal(["INVALID_TIME_ZONE", "OUT_OF_RANGE"], bad.Codes());
        var good = await app.GraphQLAsync("query($id: ID!) { role(id: $id) { timeZone minOverlapHours } }",
            new { id = await app.PostRoleIdAsync(_coop.ApiKey, new { title = "Dev", description = "x", timeZone = "America/New_York", minOverlapHours = 3 }) });
        Assert.Equal("America/New_York", good["data"]!["role"]!["timeZone"]!.GetValue<string>());
        Assert.Equal(3, good["data"]!["role"]!["minOverlapHours"]!.GetValue<int>());
    }

    [Fact]
    public async Task MatchesAndAnotherDatabaseBackedFieldResolveInOneRequest()
    {
        await PostAsync("Django developer", ["Django"]);
        var seeker = await app.CreateProfileKeyAsync(Seekers.Ana());
        var body = await app.GraphQLAsync("query($id: ID!) { matches(profileId: $id) { score } profile(id: $id) { name } roles { totalCount } }", new { id = seeker.Id }, seeker.Token);
        Assert.Null(body["errors"]);
        Assert.Single(body["data"]!["matches"]!.AsArray());
        Assert.Equal("Ana Sousa", body["data"]!["profile"]!["name"]!.GetValue<string>());
    }
}
