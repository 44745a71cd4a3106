using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.GraphQL;

[Collection(nameof(BoardCollection))]
public sealed class GraphQLLimitsTests(RolesBoardApp app)
{
    private async Task<(HttpStatusCode Status, string Body)> PostAsync(string query)
    {
        using var response = await app.PostGraphQLAsync(query);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RefusesABodyLargerThanTheLimit()
    {
        using var client = app.CreateClient();
        var body = "{\"query\":\"{ __typename }\",\"extensions\":{\"pad\":\"" + new string('x', 110 * 1024) + "\"}}";
        using var response = await client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task RefusesAQueryTextLongerThanTheLimit()
    {
        var (status, body) = await PostAsync("{ __typename }" + new string(' ', 20_001));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("characters", body);
    }

    [Fact]
    public async Task RefusesTooManyTokensBeforeValidating()
    {
        // 10,000 repetitions of one field: cheap to send, expensive to validate.
        var (status, body) = await PostAsync("{ " + string.Concat(Enumerable.Repeat("__typename ", 1_500)) + "}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("tokens", body);
    }

    [Fact]
    public async Task RefusesTooManyAliases()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 16).Select(i => $"a{i}: __typename"));
        var (status, body) = await PostAsync("{ " + aliases + " }");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("aliases", body);
    }

    [Fact]
    public async Task RefusesTooManyDirectives()
    {
        var (status, body) = await PostAsync("{ __typename " + string.Concat(Enumerable.Repeat("@include(if: true) ", 51)) + "}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("directives", body);
    }

    [Fact]
    public async Task RefusesNestingPastTheParsersLimitWith400()
    {
        var (status, _) = await PostAsync(string.Concat(Enumerable.Repeat("{ a ", 200)) + new string('}', 200));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var (listStatus, _) = await PostAsync("query($a: [[[[Int]]]] = " + new string('[', 150) + new string(']', 150) + ") { __typename }");
        Assert.Equal(HttpStatusCode.BadRequest, listStatus);
    }

    [Fact]
    public async Task RefusesQueriesDeeperThanTheLimit()
    {
        var deep = "{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } } } } } } } }";
        var (status, body) = await PostAsync(deep);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("depth", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CountsPageSizesInTheCost()
    {
        var (status, body) = await PostAsync("{ coops(first: 100) { nodes { roles(first: 100) { nodes { title skills coop { name } } } } } }");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("complexity", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RefusesFragmentsThatDoubleAtEachLevelBeforeValidating()
    {
        // 30 lines of text, 2^30 fields once expanded: validation alone would keep a core busy for minutes.
        var (status, body) = await PostAsync(DoublingFragments(30));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("fragments are expanded", body);
    }

    [Fact]
    public async Task AnswersFragmentsThatExpandWithinTheLimit()
    {
        // 2^9 = 512 fields once expanded: legitimate reuse of fragments still works.
        var (status, body) = await PostAsync(DoublingFragments(9));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Query", JsonNode.Parse(body)!["data"]!["__typename"]!.GetValue<string>());
    }

    /// <summary><c>{ ...F0 } fragment F0 on Query { ...F1 ...F1 } ... fragment Fn on Query { __typename }</c>.</summary>
    private static string DoublingFragments(int levels) =>
        "{ ...F0 } " + string.Concat(Enumerable.Range(0, levels).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} "))
        + $"fragment F{levels} on Query {{ __typename }}";

    [Fact]
    public async Task ChargesIntrospectionListsThatNestInsideThemselves()
    {
        // Shallower than the depth limit and one field per level, but each level asks for every type's every field again.
        var nested = string.Concat(Enumerable.Repeat("fields { type { ", 5)) + "name" + new string('}', 10);
        var (status, body) = await PostAsync("{ __schema { types { " + nested + " } } }");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("complexity", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AllowsTheStandardIntrospectionQuery()
    {
        var body = await app.GraphQLAsync(IntrospectionQuery);
        Assert.Null(body["errors"]);
        Assert.NotEmpty(body["data"]!["__schema"]!["types"]!.AsArray());
    }

    [Fact]
    public async Task GivesNoSchemaHintsInErrors()
    {
        var (_, body) = await PostAsync("{ role { titel } rols { totalCount } }");
        Assert.DoesNotContain("Did you mean", body);
        Assert.Contains("rols", body);
    }

    [Fact]
    public async Task CapsTheNumberOfErrorsReturned()
    {
        var fields = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"unknown{i}"));
        var (_, body) = await PostAsync("{ " + fields + " }");
        var errors = JsonNode.Parse(body)!["errors"]!.AsArray();
        Assert.Equal(21, errors.Count);
        Assert.Contains("more errors were left out", errors[^1]!["message"]!.GetValue<string>());
    }

    // graphql-js getIntrospectionQuery() as GraphiQL sends it.
    private const string IntrospectionQuery = """
        query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name }
          types { ...FullType } directives { name description locations args { ...InputValue } } } }
        fragment FullType on __Type { kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue } interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
        """;
}
