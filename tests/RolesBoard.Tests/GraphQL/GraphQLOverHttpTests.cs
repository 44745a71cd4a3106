using System.Net;
using System.Text;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.GraphQL;

[Collection(nameof(BoardCollection))]
public sealed class GraphQLOverHttpTests(RolesBoardApp app)
{
    [Fact]
    public async Task AnswersAQueryPostedAsJson()
    {
        var body = await app.GraphQLAsync("{ __typename }");
        Assert.Equal("Query", body["data"]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task UsesGraphQLResponseJsonWhenAccepted()
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task ReportsValidationErrorsWithTheStatusTheMediaTypeAsksFor(string accept, HttpStatusCode expected)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ noSuchField }\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(accept);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("errors", text);
        Assert.DoesNotContain("\"data\"", text);
    }

    [Fact]
    public async Task RefusesMutationsOverGet()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("{ \"not json", HttpStatusCode.BadRequest)]
    [InlineData("[1,2]", HttpStatusCode.BadRequest)]
    [InlineData("{\"query\": 1}", HttpStatusCode.BadRequest)]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": \"x\"}", HttpStatusCode.BadRequest)]
    public async Task RefusesMalformedBodies(string body, HttpStatusCode expected)
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task RefusesBodiesThatAreNotJson()
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsync("/graphql", new StringContent("{ __typename }", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task ReadinessChecksTheDatabase()
    {
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }
}
