using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using RolesBoard.Api.Roles;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Roles;

[Collection(nameof(BoardCollection))]
public sealed class SearchingRolesTests(RolesBoardApp app) : IAsyncLifetime
{
    private Board.CoopKey _outlandish = null!;
    private Board.CoopKey _agile = null!;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _outlandish = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
        _agile = await app.RegisterCoopAsync("Agile Collective", "https://agile.coop");
        await app.PostRoleIdAsync(_outlandish.ApiKey, new
        {
            title = "Python developer", description = "Django and PostgreSQL for charities.", skills = new[] { "Django", "Postgres" },
            remote = "REMOTE", remoteRegions = new[] { "GB" }, employmentType = "FULL_TIME", location = "London, UK",
            salary = new { min = 35000, max = 42000, currency = "GBP", period = "YEAR" },
        });
        await app.PostRoleIdAsync(_agile.ApiKey, new
        {
            title = "Drupal developer", description = "PHP and Drupal for purpose-driven clients.", skills = new[] { "Drupal", "PHP" },
            remote = "HYBRID", employmentType = "PART_TIME", location = "Oxford, United Kingdom",
            salary = new { min = 20, max = 25, currency = "GBP", period = "HOUR" },
        });
        await app.PostRoleIdAsync(_agile.ApiKey, new
        {
            title = "Frontend developer", description = "React and accessibility work, remote across Europe.", skills = new[] { "ReactJS", "a11y" },
            remote = "REMOTE", remoteRegions = new[] { "EU" }, employmentType = "CONTRACTOR",
            salary = new { min = 300, max = 400, currency = "EUR", period = "DAY" },
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<List<string>> TitlesAsync(object filter)
    {
        var body = await app.GraphQLAsync("query($f: RoleFilter) { roles(filter: $f) { totalCount nodes { title } } }", new { f = filter });
        var roles = body["data"]!["roles"]!;
        var titles = roles["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()).ToList();
        Assert.Equal(titles.Count, roles["totalCount"]!.GetValue<int>());
        return titles;
    }

    [Fact]
    public async Task FreeTextIsRankedFullTextSearch()
    {
        Assert.Equal(["Drupal developer"], await TitlesAsync(new { query = "drupal" }));
        Assert.Equal(["Python developer"], await TitlesAsync(new { query = "charities -drupal" }));
        Assert.Equal(3, (await TitlesAsync(new { query = "developer" })).Count);
    }

    [Fact]
    public async Task SkillsMatchAnyOrAllAndUnderstandAliases()
    {
        Assert.Equal(["Python developer"], await TitlesAsync(new { skills = new[] { "PostgreSQL" } }));
        Assert.Equal(["Python developer"], await TitlesAsync(new { skills = new[] { "postgres" } }));
        Assert.Equal(2, (await TitlesAsync(new { skills = new[] { "Postgres", "React" } })).Count);
        Assert.Empty(await TitlesAsync(new { skills = new[] { "Postgres", "React" }, skillMatch = "ALL" }));
        Assert.Equal(["Drupal developer"], await TitlesAsync(new { skills = new[] { "Drupal", "PHP" }, skillMatch = "ALL" }));
    }

    [Fact]
    public async Task FiltersByRemotePolicyEmploymentTypeAndCoop()
    {
        Assert.Equal(["Drupal developer"], await TitlesAsync(new { remote = new[] { "HYBRID" } }));
        Assert.Equal(["Frontend developer"], await TitlesAsync(new { employmentTypes = new[] { "CONTRACTOR" } }));
        Assert.Equal(["Python developer"], await TitlesAsync(new { coop = "outlandish" }));
        Assert.Empty(await TitlesAsync(new { coop = "no-such-coop" }));
    }

    [Fact]
    public async Task CountryMeansRolesSomeoneLivingThereCanTake()
    {
        // Spain: only the EU-wide remote role; the UK-only remote and the Oxford hybrid role are no fit.
        Assert.Equal(["Frontend developer"], await TitlesAsync(new { country = "ES" }));
        Assert.Equal(["Drupal developer", "Python developer"], (await TitlesAsync(new { country = "GB" })).Order());
    }

    [Fact]
    public async Task MinimumSalaryComparesLikeWithLike()
    {
        // £25/hour is about £43k a year; €400/day about £78k; £42k is under a £43k floor.
        Assert.Equal(["Drupal developer", "Frontend developer"], (await TitlesAsync(new { minSalary = new { amount = 43000, currency = "GBP", period = "YEAR" } })).Order());
        Assert.Equal(["Frontend developer"], await TitlesAsync(new { minSalary = new { amount = 6000, currency = "EUR", period = "MONTH" } }));
    }

    [Fact]
    public async Task PostedSinceDropsOlderRoles()
    {
        Assert.Equal(3, (await TitlesAsync(new { postedSince = DateTimeOffset.UtcNow.AddHours(-1) })).Count);
        Assert.Empty(await TitlesAsync(new { postedSince = DateTimeOffset.UtcNow.AddHours(1) }));
    }

    [Fact]
    public async Task ExpiredRolesDropOutWithoutAnyoneClosingThem()
    {
        var store = app.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            var role = (await session.Query<Role>().ToListAsync()).Single(r => r.Title == "Drupal developer");
            role.ValidThrough = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1));
            role.ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            session.Store(role);
            await session.SaveChangesAsync();
        }
        Assert.DoesNotContain("Drupal developer", await TitlesAsync(new { }));
        var coop = await app.GraphQLAsync("{ coop(slug: \"agile-collective\") { roles { nodes { title } } } }");
        Assert.Single(coop["data"]!["coop"]!["roles"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task CursorsStayStableWhenRolesArePostedBetweenPages()
    {
        var firstPage = await PageAsync(2, null);
        await app.PostRoleIdAsync(_outlandish.ApiKey, new { title = "Newest role", description = "Just posted." });
        var secondPage = await PageAsync(2, firstPage["pageInfo"]!["endCursor"]!.GetValue<string>());

        var seen = Titles(firstPage).Concat(Titles(secondPage)).ToList();
        Assert.Equal(3, seen.Count);
        Assert.Equal(3, seen.Distinct().Count());
        Assert.DoesNotContain("Newest role", seen);
        Assert.False(secondPage["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(4, secondPage["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task RankedPagesDoNotRepeatOrSkipRoles()
    {
        var first = await app.GraphQLAsync("{ roles(filter: { query: \"developer\" }, first: 2) { pageInfo { endCursor hasNextPage } nodes { title } } }");
        var cursor = first["data"]!["roles"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = await app.GraphQLAsync("query($after: String) { roles(filter: { query: \"developer\" }, first: 2, after: $after) { nodes { title } } }", new { after = cursor });
        var titles = Titles(first["data"]!["roles"]!).Concat(Titles(second["data"]!["roles"]!)).ToList();
        Assert.Equal(3, titles.Distinct().Count());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task PageSizesOutsideOneToAHundredAreRefused(int first)
    {
        var body = await app.GraphQLAsync("query($first: Int) { roles(first: $first) { totalCount } }", new { first });
        Assert.Contains("between 1 and 100", body["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("bm9wZQ==")] // base64 of something that is not a cursor
    [InlineData("%%%")] // not base64 at all
    public async Task AForgedOrMalformedCursorIsAClearError(string cursor)
    {
        var body = await app.GraphQLAsync("query($after: String) { roles(after: $after) { totalCount } }", new { after = cursor });
        Assert.Equal("INVALID_CURSOR", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task APageOfRolesWithTheirCoopsTakesAConstantNumberOfQueries()
    {
        for (var i = 0; i < 6; i++)
        {
            var coop = await app.RegisterCoopAsync($"Extra {i}", $"https://extra{i}.example.coop");
            await app.PostRoleIdAsync(coop.ApiKey, new { title = $"Role {i}", description = "x" });
        }
        var few = await CountCommandsAsync("{ roles(first: 2) { nodes { title coop { name } } } }");
        var many = await CountCommandsAsync("{ roles(first: 9) { nodes { title coop { name } } } }");
        Assert.InRange(few, 1, 3);
        Assert.Equal(few, many);
    }

    [Fact]
    public async Task TwoDatabaseBackedRootFieldsResolveInOneRequest()
    {
        var body = await app.GraphQLAsync("{ roles { totalCount nodes { coop { slug } } } coops { totalCount nodes { slug roles { totalCount } } } a: coop(slug: \"outlandish\") { name } }");
        Assert.Null(body["errors"]);
        Assert.Equal(3, body["data"]!["roles"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(2, body["data"]!["coops"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("Outlandish", body["data"]!["a"]!["name"]!.GetValue<string>());
    }

    private async Task<JsonNode> PageAsync(int first, string? after)
    {
        var body = await app.GraphQLAsync("query($first: Int, $after: String) { roles(first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { title } } }", new { first, after });
        return body["data"]!["roles"]!;
    }

    private static IEnumerable<string> Titles(JsonNode connection) =>
        connection["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>());

    /// <summary>
    /// The SQL commands this one request sent: the request carries a trace id of its own (W3C traceparent), and only
    /// Npgsql's activities in that trace count, not other test classes' commands nor the match index's polling.
    /// </summary>
    private async Task<int> CountCommandsAsync(string query)
    {
        var traceId = ActivityTraceId.CreateRandom();
        var count = 0;
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStarted = activity =>
            {
                if (activity.TraceId == traceId)
                {
                    Interlocked.Increment(ref count);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return count;
    }
}
