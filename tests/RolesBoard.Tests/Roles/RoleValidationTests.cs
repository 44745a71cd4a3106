using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Roles;

[Collection(nameof(BoardCollection))]
public sealed class RoleValidationTests(RolesBoardApp app) : IAsyncLifetime
{
    private Board.CoopKey _coop = null!;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _coop = await app.RegisterCoopAsync("Common Knowledge", "https://commonknowledge.coop");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, object> BadInputs => new()
    {
        { "REQUIRED", new { title = "   ", description = "x" } },
        { "REQUIRED", new { title = "Dev", description = "" } },
        { "TOO_LONG", new { title = new string('a', 201), description = "x" } },
        { "TOO_LONG", new { title = "Dev", description = new string('a', 50_001) } },
        { "INVALID_URL", new { title = "Dev", description = "x", applyUrl = "javascript:alert(1)" } },
        { "INVALID_URL", new { title = "Dev", description = "x", applyUrl = "/apply" } },
        { "INVALID_URL", new { title = "Dev", description = "x", applyUrl = "ftp://example.org/job" } },
        { "MIN_ABOVE_MAX", new { title = "Dev", description = "x", salary = new { min = 50000, max = 40000, currency = "GBP", period = "YEAR" } } },
        { "OUT_OF_RANGE", new { title = "Dev", description = "x", salary = new { min = -1, max = 40000, currency = "GBP", period = "YEAR" } } },
        { "INVALID_CURRENCY", new { title = "Dev", description = "x", salary = new { min = 1, max = 2, currency = "XYZ", period = "YEAR" } } },
        { "IN_THE_PAST", new { title = "Dev", description = "x", validThrough = "2020-01-01" } },
        { "INVALID_REGION", new { title = "Dev", description = "x", remote = "REMOTE", remoteRegions = new[] { "Atlantis" } } },
        { "INVALID_COUNTRY", new { title = "Dev", description = "x", country = "Narnia" } },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task RefusesBadInputWithAUserErrorAndPostsNothing(string code, object input)
    {
        var payload = await app.PostRoleAsync(_coop.ApiKey, input);
        Assert.Contains(code, payload.Codes());
        Assert.Null(payload["role"]);
        var listed = await app.GraphQLAsync("{ roles { totalCount } }");
        Assert.Equal(0, listed["data"]!["roles"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task ReportsEveryProblemAtOnceWithTheFieldPath()
    {
        var payload = await app.PostRoleAsync(_coop.ApiKey, new { title = "", description = "", applyUrl = "javascript:x" });
        var fields = payload["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()).ToList();
        Assert.Equal(["input.title", "input.description", "input.applyUrl"], fields);
    }

    [Fact]
    public async Task AMalformedIdIsNotFoundNotAServerError()
    {
        var body = await app.GraphQLAsync("mutation { closeRole(id: \"not-a-guid\") { role { id } errors { code } } }", bearer: _coop.ApiKey);
        Assert.Equal(["NOT_FOUND"], body["data"]!["closeRole"]!.Codes());
    }
}
