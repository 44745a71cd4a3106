using System.Net;
using System.Text.Json.Nodes;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.GraphQL;

/// <summary>
/// A query text validated once is kept and not validated again (ValidatedDocuments), so what depends on each request
/// must still be checked on every one: page sizes from variables in the cost, and the variables themselves.
/// </summary>
[Collection(nameof(BoardCollection))]
public sealed class ValidatedDocumentsTests(RolesBoardApp app)
{
    [Fact]
    public async Task CountsPageSizesFromVariablesInTheCostOfAQueryAlreadyValidated()
    {
        const string query = "# ValidatedDocumentsTests cost\nquery($n: Int) { coops(first: $n) { nodes { roles(first: $n) { nodes { title skills coop { name } } } } } }";
        using (var small = await app.PostGraphQLAsync(query, new { n = 1 }))
        {
            Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        }
        using (var again = await app.PostGraphQLAsync(query, new { n = 1 }))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }
        using var large = await app.PostGraphQLAsync(query, new { n = 100 });
        Assert.Equal(HttpStatusCode.BadRequest, large.StatusCode);
        Assert.Contains("complexity", await large.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ChecksTheVariablesOfAQueryAlreadyValidated()
    {
        const string query = "# ValidatedDocumentsTests variables\nquery($first: Int!) { coops(first: $first) { totalCount } }";
        var fine = await app.GraphQLAsync(query, new { first = 5 });
        Assert.Null(fine["errors"]);
        using var missing = await app.PostGraphQLAsync(query, new { });
        var body = JsonNode.Parse(await missing.Content.ReadAsStringAsync())!;
        Assert.Null(body["data"]?["coops"]);
        Assert.Contains("$first", body["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task RefusesAnInvalidQueryEveryTimeItIsSent()
    {
        const string query = "# ValidatedDocumentsTests invalid\n{ coops(first: 1) { nodes { nosuchfield } } }";
        for (var i = 0; i < 2; i++)
        {
            using var response = await app.PostGraphQLAsync(query);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Contains("nosuchfield", body["errors"]![0]!["message"]!.GetValue<string>());
        }
    }
}

/// <summary>What the cache keeps is bounded: distinct queries sent to fill it push out what it held.</summary>
public sealed class ValidatedDocumentsBoundTests
{
    [Fact]
    public void StartsAgainEmptyOnceItHoldsItsLimitOfQueryText()
    {
        var documents = new RolesBoard.Api.GraphQL.ValidatedDocuments();
        var parsed = GraphQLParser.Parser.Parse("{ __typename }");
        documents.Keep("{ __typename }", parsed);
        Assert.NotNull(documents.Find("{ __typename }"));
        // 60 distinct queries of 10,000 characters: more text than the cache keeps (500,000 characters).
        for (var i = 0; i < 60; i++)
        {
            documents.Keep("{ __typename }" + new string(' ', 10_000) + "#" + i, parsed);
        }
        Assert.Null(documents.Find("{ __typename }"));
    }
}
