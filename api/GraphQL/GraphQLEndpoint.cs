using System.Globalization;
using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Errors.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using RolesBoard.Api.Cors;
using RolesBoard.Api.Ide;
using RolesBoard.Api.RateLimiting;
using RolesBoard.Api.Storage;

namespace RolesBoard.Api.GraphQL;

/// <summary>
/// GraphQL over HTTP (graphql-over-http spec): POST application/json and GET for queries, answering
/// application/graphql-response+json when the client accepts it and application/json otherwise. Size and shape
/// limits are enforced before validation; outages answer 503 with Retry-After.
/// </summary>
public static partial class GraphQLEndpoint
{
    private const string GraphQLResponseJson = "application/graphql-response+json";
    private const string Json = "application/json";

    public static WebApplication MapGraphQL(this WebApplication app)
    {
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], HandleAsync).RequireCors(PublicCors.PublicGraphQL);
        return app;
    }

    private static async Task HandleAsync(HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer, IOptions<GraphQLLimits> options,
        ValidatedDocuments validated)
    {
        if (GraphQLIde.IsRequested(http.Request))
        {
            await GraphQLIde.ServePageAsync(http);
            return;
        }
        var limits = options.Value;
        var mediaType = NegotiateMediaType(http.Request.Headers.Accept.ToString());
        if (mediaType is null)
        {
            await WriteErrorAsync(http, serializer, Json, StatusCodes.Status406NotAcceptable, $"Accept must allow {GraphQLResponseJson} or {Json}.");
            return;
        }
        var read = await GraphQLRequestReader.ReadAsync(http.Request, serializer, limits.MaxBodyBytes);
        if (read.Request is not { } request)
        {
            await WriteErrorAsync(http, serializer, mediaType, read.Status, read.Error!);
            return;
        }
        var cached = validated.Find(request.Query!);
        var shape = cached is not null ? new DocumentShape.Outcome(cached, null) : DocumentShape.Check(request.Query!, limits);
        if (shape.Refusal is not null)
        {
            await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, shape.Refusal);
            return;
        }
        if (HttpMethods.IsGet(http.Request.Method) && shape.Document is { } parsed && !IsQueryOperation(parsed, request.OperationName))
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status405MethodNotAllowed, "Only queries can be sent with GET; send mutations with POST.");
            return;
        }
        if (shape.Document is { } document && RootMutations.Of(document, request.OperationName) is { Total: > 0 } mutations
            && http.RequestServices.GetRequiredService<MutationLimits>().Refusal(http, mutations.Total, mutations.ProfileCreations) is { } wait)
        {
            http.Response.Headers.RetryAfter = MutationLimits.Seconds(wait);
            await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status429TooManyRequests,
                "Too many mutations (each one in a request counts) or too many new profiles from this address; retry after the time in Retry-After.");
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(limits.ExecutionTimeout);
        ExecutionResult result;
        try
        {
            var execution = new ExecutionOptions
            {
                Query = shape.Document is null ? request.Query : null,
                Document = shape.Document,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = http.RequestServices,
                User = http.User,
                CancellationToken = timeout.Token,
            };
            if (cached is not null)
            {
                // Validated when it was kept: only the rules added per execution (complexity, which reads variables) run.
                execution.ValidationRules = [];
            }
            result = await executer.ExecuteAsync(execution);
            if (cached is null && result.Executed && shape.Document is { } passed)
            {
                validated.Keep(request.Query!, passed);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status503ServiceUnavailable,
                $"The request took longer than {limits.ExecutionTimeout.TotalSeconds:0} seconds and was stopped.");
            return;
        }

        http.Response.StatusCode = StatusFor(result, mediaType);
        if (http.Response.StatusCode == StatusCodes.Status503ServiceUnavailable)
        {
            http.Response.Headers.RetryAfter = DatabaseUnavailableMiddleware.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }
        Tidy(result, limits);
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static int StatusFor(ExecutionResult result, string mediaType)
    {
        if (result.Errors?.Any(e => e.Code is DatabaseUnavailableError.ErrorCode or Matching.Index.MatchIndexNotReadyError.ErrorCode) == true)
        {
            return StatusCodes.Status503ServiceUnavailable;
        }
        if (!result.Executed && result.Errors?.Any(e => e is ComplexityError) == true)
        {
            return StatusCodes.Status400BadRequest; // a refused cost is a limit, not an ordinary validation error
        }
        // A request that never executed (parse, validation or variable errors) is the client's fault: the
        // graphql-response+json media type says so with 400; plain application/json keeps the legacy 200.
        return !result.Executed && mediaType == GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }

    /// <summary>Caps the number of errors and removes schema hints ("Did you mean ...?") that would map the schema for an attacker.</summary>
    private static void Tidy(ExecutionResult result, GraphQLLimits limits)
    {
        if (result.Errors is not { Count: > 0 } errors)
        {
            return;
        }
        var kept = new ExecutionErrors();
        foreach (var error in errors.Take(limits.MaxErrors))
        {
            var message = DidYouMean().Replace(error.Message, "");
            if (message == error.Message)
            {
                kept.Add(error);
                continue;
            }
            var copy = new ExecutionError(message) { Code = error.Code, Path = error.Path };
            foreach (var location in error.Locations ?? [])
            {
                copy.AddLocation(location);
            }
            kept.Add(copy);
        }
        if (errors.Count > limits.MaxErrors)
        {
            kept.Add(new ExecutionError($"{errors.Count - limits.MaxErrors} more errors were left out."));
        }
        result.Errors = kept;
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

    private static bool IsQueryOperation(GraphQLDocument document, string? operationName) =>
        RootMutations.Selected(document, operationName) is not { } selected || selected.Operation == OperationType.Query;

    private static async Task WriteErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(message)], Executed = false };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    [GeneratedRegex(@"\s*Did you mean .*$", RegexOptions.Singleline)]
    private static partial Regex DidYouMean();
}
