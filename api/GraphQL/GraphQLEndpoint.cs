using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using RolesBoard.Api.Cors;
using RolesBoard.Api.Ide;

namespace RolesBoard.Api.GraphQL;

/// <summary>
/// GraphQL over HTTP (graphql-over-http spec): POST application/json and GET for queries, answering
/// application/graphql-response+json when the client accepts it and application/json otherwise.
/// </summary>
public static class GraphQLEndpoint
{
    private const string GraphQLResponseJson = "application/graphql-response+json";
    private const string Json = "application/json";
    internal const int MaxBodyBytes = 100 * 1024;

    public static WebApplication MapGraphQL(this WebApplication app)
    {
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], HandleAsync).RequireCors(PublicCors.PublicGraphQL);
        return app;
    }

    private static async Task HandleAsync(HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer)
    {
        if (GraphQLIde.IsRequested(http.Request))
        {
            await GraphQLIde.ServePageAsync(http);
            return;
        }
        var mediaType = NegotiateMediaType(http.Request.Headers.Accept.ToString());
        if (mediaType is null)
        {
            await WriteErrorAsync(http, serializer, Json, StatusCodes.Status406NotAcceptable,
                $"Accept must allow {GraphQLResponseJson} or {Json}.");
            return;
        }
        var read = await GraphQLRequestReader.ReadAsync(http.Request, serializer, MaxBodyBytes);
        if (read.Request is not { } request)
        {
            await WriteErrorAsync(http, serializer, mediaType, read.Status, read.Error!);
            return;
        }
        var options = new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
        };
        if (HttpMethods.IsGet(http.Request.Method) && !IsQueryOperation(request.Query!, request.OperationName))
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status405MethodNotAllowed,
                "Only queries can be sent with GET; send mutations with POST.");
            return;
        }

        var result = await executer.ExecuteAsync(options);

        // A request that never executed (parse, validation or variable errors) is the client's fault: the
        // graphql-response+json media type says so with 400; plain application/json keeps the legacy 200.
        http.Response.StatusCode = !result.Executed && mediaType == GraphQLResponseJson
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>The response media type for an Accept header, or null when we can offer none of what it allows.</summary>
    internal static string? NegotiateMediaType(string accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return Json;
        }
        var ranges = accept.Split(',').Select(r => r.Split(';')[0].Trim().ToLowerInvariant()).ToList();
        if (ranges.Contains(GraphQLResponseJson))
        {
            return GraphQLResponseJson;
        }
        return ranges.Any(r => r is Json or "*/*" or "application/*") ? Json : null;
    }

    private static bool IsQueryOperation(string query, string? operationName)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            return true; // the executer reports the syntax error itself
        }
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return selected is null || selected.Operation == OperationType.Query;
    }

    private static async Task WriteErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(message)], Executed = false };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
