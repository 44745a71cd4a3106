using System.Net.Http.Headers;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.GraphQL;

/// <summary>
/// Random and malformed GraphQL documents, variables and JSON bodies against the real endpoint: whatever
/// arrives, the answer is never a 5xx. 10,000 cases per run (override with ROLESBOARD_FUZZ_CASES).
/// </summary>
[Collection(nameof(BoardCollection))]
public sealed class FuzzTests(RolesBoardApp app)
{
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("ROLESBOARD_FUZZ_CASES"), out var n) ? n : 10_000;

    private static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "@", "!", "...", "=", ",", "|", "&", "query", "mutation", "subscription",
        "fragment", "on", "roles", "role", "coops", "coop", "matches", "postRole", "registerCoop", "closeRole", "input", "filter",
        "first", "after", "id", "title", "skills", "nodes", "edges", "totalCount", "pageInfo", "errors", "code", "__schema",
        "__type", "__typename", "types", "name", "fields", "ofType", "true", "false", "null", "0", "-1", "100", "101", "1e999",
        "9999999999999", "\"x\"", "\"\"", "\"\\u0000\"", "\"\"\"block\"\"\"", "#comment\n", "@include(if: true)", "@skip(if: $v)",
        "REMOTE", "ONSITE", "\"javascript:alert(1)\"", "\"Postgres\"", "$f", "$first", "RoleFilter", "Int", "String!", "\u00e9", "\n",
    ];

    private static readonly string[] Bodies =
    [
        "", "{", "}", "null", "[]", "[{}]", "1", "\"query\"", "{\"query\":null}", "{\"query\":{}}", "{\"query\":[\"{ __typename }\"]}",
        "{\"query\":\"{ __typename }\",\"variables\":[]}", "{\"query\":\"{ __typename }\",\"variables\":\"{}\"}", "{\"query\":\"{ __typename }\",\"operationName\":7}",
        "{\"query\":\"{ __typename }\",\"extensions\":1}", "{\"query\":\"\\ud800\"}", "\u0000\u0001", "{\"query\":\"{ __typename }\"", "{\"query\": \"{ __typename }\"}}}",
    ];

    private const string VariablesQuery =
        "query($f: RoleFilter, $first: Int, $after: String, $slug: String!) { roles(filter: $f, first: $first, after: $after) { totalCount nodes { title } } coop(slug: $slug) { name } }";

    private static Gen<string> Document() =>
        Gen.Elements(Tokens).ListOf().Select(parts => string.Join(' ', parts));

    private static Gen<string> Json(int depth) => depth <= 0
        ? Gen.Elements("null", "true", "1", "-5", "1e308", "\"Postgres\"", "\"\"", "\"REMOTE\"", "\"2020-01-01\"", "\"x\"", "[]", "{}")
        : Gen.OneOf(
            Json(0),
            Json(depth - 1).ListOf().Select(items => "[" + string.Join(',', items) + "]"),
            Gen.Elements("query", "skills", "remote", "country", "minSalary", "amount", "currency", "period", "first", "x", "skillMatch", "postedSince")
                .Zip(Json(depth - 1)).ListOf().Select(pairs => "{" + string.Join(',', pairs.Select(p => $"\"{p.Item1}\":{p.Item2}")) + "}"));

    private static Gen<(string Body, string ContentType)> Request() => Gen.Frequency(
        (3, Document().Select(d => (System.Text.Json.JsonSerializer.Serialize(new { query = d }), "application/json"))),
        (3, Json(3).Zip(Json(2)).Select(v => ($"{{\"query\":{System.Text.Json.JsonSerializer.Serialize(VariablesQuery)},\"variables\":{{\"f\":{v.Item1},\"first\":{v.Item2},\"slug\":{v.Item2}}}}}", "application/json"))),
        (2, Gen.Elements(Bodies).Select(b => (b, "application/json"))),
        (1, Document().Select(d => (d, "text/plain"))),
        (1, Json(3).Select(j => (j, "application/json"))));

    [Fact]
    public void NoRequestEverGetsAServerError()
    {
        using var client = app.CreateClient();
        var property = Prop.ForAll(Request().ToArbitrary(), request =>
        {
            using var content = new StringContent(request.Body, Encoding.UTF8);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
            using var response = client.PostAsync("/graphql", content).GetAwaiter().GetResult();
            return ((int)response.StatusCode < 500).Label($"HTTP {(int)response.StatusCode} for {request.Body}");
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true), property);
    }
}
