using System.Text.Json.Nodes;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Roles;

[Collection(nameof(BoardCollection))]
public sealed class RoleFacetsTests(RolesBoardApp app) : IAsyncLifetime
{
    private const string Facets = "facets { skills(first: 50) { value count } remote { value count } countries { value count } employmentTypes { value count } coops { value count } payStated }";

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        var outlandish = await app.RegisterCoopAsync("Outlandish", "https://outlandish.com");
        var agile = await app.RegisterCoopAsync("Agile Collective", "https://agile.coop");
        await app.PostRoleIdAsync(outlandish.ApiKey, new
        {
            title = "Python developer", description = "Django and PostgreSQL for charities.", skills = new[] { "Django", "Postgres" },
            remote = "REMOTE", remoteRegions = new[] { "GB" }, employmentType = "FULL_TIME", location = "London, UK",
            salary = new { min = 35000, max = 42000, currency = "GBP", period = "YEAR" },
        });
        await app.PostRoleIdAsync(outlandish.ApiKey, new
        {
            title = "Data engineer", description = "Pipelines in Python.", skills = new[] { "Python", "Postgres" },
            remote = "ONSITE", employmentType = "FULL_TIME", location = "Berlin, Germany",
        });
        await app.PostRoleIdAsync(agile.ApiKey, new
        {
            title = "Drupal developer", description = "PHP and Drupal for purpose-driven clients.", skills = new[] { "Drupal", "PHP" },
            remote = "HYBRID", employmentType = "PART_TIME", location = "Oxford, United Kingdom",
            salary = new { min = 20, max = 25, currency = "GBP", period = "HOUR" },
        });
        await app.PostRoleIdAsync(agile.ApiKey, new
        {
            title = "Frontend developer", description = "React and accessibility work, remote across Europe.", skills = new[] { "ReactJS", "a11y", "Postgres" },
            remote = "REMOTE", remoteRegions = new[] { "EU" }, employmentType = "CONTRACTOR",
        });
        await app.PostRoleIdAsync(agile.ApiKey, new
        {
            title = "Support engineer", description = "Linux support, from anywhere.", skills = new[] { "Linux" },
            remote = "REMOTE", employmentType = "FULL_TIME", salary = new { min = 30000, max = 30000, currency = "GBP", period = "YEAR" },
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<JsonNode> SearchAsync(object filter)
    {
        var body = await app.GraphQLAsync($"query($f: RoleFilter) {{ roles(filter: $f, first: 100) {{ totalCount {Facets} }} }}", new { f = filter });
        Assert.Null(body["errors"]);
        return body["data"]!["roles"]!;
    }

    private static Dictionary<string, int> Counts(JsonNode roles, string facet) =>
        roles["facets"]![facet]!.AsArray().ToDictionary(c => c!["value"]!.GetValue<string>(), c => c!["count"]!.GetValue<int>());

    [Fact]
    public async Task EachFacetCountsTheWholeFilterExceptItsOwnSelection()
    {
        var roles = await SearchAsync(new { remote = new[] { "REMOTE" }, skills = new[] { "PostgreSQL" } });
        Assert.Equal(2, roles["totalCount"]!.GetValue<int>());
        // Remote counts leave the remote choice out, so ONSITE still shows how many one more choice would add.
        Assert.Equal(new Dictionary<string, int> { ["REMOTE"] = 2, ["ONSITE"] = 1 }, Counts(roles, "remote"));
        // Skill counts leave the skill choice out: every remote role's skills.
        Assert.Equal(2, Counts(roles, "skills")["PostgreSQL"]);
        Assert.Equal(1, Counts(roles, "skills")["Linux"]);
        Assert.Equal(new Dictionary<string, int> { ["outlandish"] = 1, ["agile-collective"] = 1 }, Counts(roles, "coops"));
        Assert.Equal(1, roles["facets"]!["payStated"]!.GetValue<int>());
    }

    [Fact]
    public async Task EveryFacetValueCountsWhatSelectingItFinds()
    {
        object[] filters = [new { }, new { query = "developer" }, new { remote = new[] { "REMOTE" } }, new { employmentTypes = new[] { "FULL_TIME" }, skills = new[] { "Postgres" } }];
        foreach (var filter in filters)
        {
            var roles = await SearchAsync(filter);
            var values = JsonSerializerNode(filter);
            foreach (var (facet, key, many) in new[] { ("remote", "remote", true), ("employmentTypes", "employmentTypes", true), ("skills", "skills", true), ("coops", "coop", false), ("countries", "country", false) })
            {
                foreach (var (value, count) in Counts(roles, facet))
                {
                    var narrowed = values.DeepClone().AsObject();
                    narrowed[key] = many ? new JsonArray(value) : value;
                    var selected = await SearchAsync(narrowed);
                    Assert.True(count == selected["totalCount"]!.GetValue<int>(), $"{facet} {value} under {values.ToJsonString()}: facet says {count}, search finds {selected["totalCount"]}");
                }
            }
            var stated = values.DeepClone().AsObject();
            stated["payStated"] = true;
            Assert.Equal(roles["facets"]!["payStated"]!.GetValue<int>(), (await SearchAsync(stated))["totalCount"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task CountriesCountRemoteRolesOpenToThem()
    {
        var countries = Counts(await SearchAsync(new { }), "countries");
        // GB: the London remote role, the Oxford hybrid role and the role open to anywhere; DE: Berlin, the EU-wide and the anywhere roles.
        Assert.Equal(3, countries["GB"]);
        Assert.Equal(3, countries["DE"]);
        Assert.Equal(2, countries["FR"]);
    }

    [Fact]
    public async Task SkillFacetShowsTheFirstFewMostCommon()
    {
        var body = await app.GraphQLAsync("{ roles { facets { skills(first: 1) { value count } } } }");
        var only = Assert.Single(body["data"]!["roles"]!["facets"]!["skills"]!.AsArray());
        Assert.Equal("PostgreSQL", only!["value"]!.GetValue<string>());
        Assert.Equal(3, only["count"]!.GetValue<int>());
    }

    private static JsonObject JsonSerializerNode(object value) => System.Text.Json.JsonSerializer.SerializeToNode(value, RolesBoardApp.JsonOptions)!.AsObject();
}
