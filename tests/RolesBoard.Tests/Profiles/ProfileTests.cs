using Marten;
using Microsoft.Extensions.DependencyInjection;
using RolesBoard.Api.Profiles;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Profiles;

[Collection(nameof(BoardCollection))]
public sealed class ProfileTests(RolesBoardApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ARetriedCreateWithTheSameIdempotencyKeyReturnsTheFirstProfileAndToken()
    {
        var key = Guid.NewGuid().ToString();
        var attempts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => app.CreateProfileKeyAsync(Seekers.Ana(i => i["idempotencyKey"] = key))));
        var retry = await app.CreateProfileKeyAsync(Seekers.Ana(i => i["idempotencyKey"] = key));
        Assert.All(attempts, a => Assert.Equal(retry, a));

        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.Equal(1, await session.Query<Profile>().CountAsync());
        var shortKey = await app.CreateProfileAsync(Seekers.Ana(i => i["idempotencyKey"] = "retry-1"));
        Assert.Equal(["TOO_SHORT"], shortKey.Codes());
    }

    [Fact]
    public async Task CreatingAProfileReturnsATokenOnceAndStoresOnlyItsHash()
    {
        var seeker = await app.CreateProfileKeyAsync(Seekers.Ana());
        Assert.StartsWith("rbp_", seeker.Token);

        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var stored = await session.LoadAsync<Profile>(Guid.Parse(seeker.Id));
        Assert.NotNull(stored);
        Assert.NotEqual(seeker.Token, stored.TokenHash);
        Assert.DoesNotContain(seeker.Token, System.Text.Json.JsonSerializer.Serialize(stored));

        var body = await app.GraphQLAsync("query($id: ID!) { profile(id: $id) { name email visibleToCoops } }", new { id = seeker.Id }, seeker.Token);
        Assert.Equal("ana.sousa@example.org", body["data"]!["profile"]!["email"]!.GetValue<string>());
        Assert.False(body["data"]!["profile"]!["visibleToCoops"]!.GetValue<bool>());
    }

    [Fact]
    public async Task SkillsAreNormalizedAndUnknownOnesKept()
    {
        var payload = await app.CreateProfileAsync(Seekers.Ana(i => i["skills"] = new[] { " postgres ", "k8s", "C Sharp", "Svelte   Kit" }));
        var skills = payload["profile"]!["skills"]!.AsArray().Select(s => s!.GetValue<string>()).ToArray();
        Assert.Equal(["PostgreSQL", "Kubernetes", "C#", "Svelte Kit"], skills);
    }

    [Fact]
    public async Task CountryAndTimeZoneDefaultSensibly()
    {
        var payload = await app.CreateProfileAsync(Seekers.Ana());
        Assert.Equal("PT", payload["profile"]!["country"]!.GetValue<string>());
        Assert.Null(payload["profile"]!["timeZone"]); // matching falls back to Europe/Lisbon
        Assert.Equal("REMOTE", payload["profile"]!["remote"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("ana@localhost")]
    [InlineData("Ana <ana@example.org>")]
    [InlineData("ana@@example.org")]
    public async Task AnInvalidEmailIsAClearUserError(string email)
    {
        var payload = await app.CreateProfileAsync(Seekers.Ana(i => i["email"] = email));
        Assert.Equal(["INVALID_EMAIL"], payload.Codes());
        Assert.Equal("input.email", payload["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Null(payload["profile"]);
    }

    [Fact]
    public async Task OtherBadInputIsReportedFieldByField()
    {
        var payload = await app.CreateProfileAsync(Seekers.Ana(i =>
        {
            i["skills"] = Array.Empty<string>();
            i["timeZone"] = "Mars/Olympus";
            i["country"] = "Atlantis";
            i["salaryFloor"] = new { amount = -1, currency = "XXX1", period = "YEAR" };
        }));
        Assert.Equal(["REQUIRED", "INVALID_COUNTRY", "INVALID_CURRENCY", "OUT_OF_RANGE", "INVALID_TIME_ZONE"], payload.Codes());
    }

    [Fact]
    public async Task UpdateReplacesTheProfile()
    {
        var seeker = await app.CreateProfileKeyAsync(Seekers.Ana());
        var body = await app.GraphQLAsync($$"""
            mutation($id: ID!, $input: ProfileInput!) { updateProfile(id: $id, input: $input) { profile { {{Seekers.ProfileFields}} } errors { code } } }
            """, new { id = seeker.Id, input = Seekers.Ana(i => { i["skills"] = new[] { "Go" }; i["visibleToCoops"] = true; i["timeZone"] = "Europe/Lisbon"; }) }, seeker.Token);
        var profile = body["data"]!["updateProfile"]!["profile"]!;
        Assert.Equal(["Go"], profile["skills"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.True(profile["visibleToCoops"]!.GetValue<bool>());
        Assert.Equal("Europe/Lisbon", profile["timeZone"]!.GetValue<string>());
    }
}
