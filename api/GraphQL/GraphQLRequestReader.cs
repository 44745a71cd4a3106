using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace RolesBoard.Api.GraphQL;

/// <summary>
/// Reads a GraphQL-over-HTTP request (POST JSON body or GET query string) into a <see cref="GraphQLRequest"/>,
/// or explains why it cannot: a bad request never reaches the executer.
/// </summary>
internal static class GraphQLRequestReader
{
    public sealed record Outcome(GraphQLRequest? Request, int Status, string? Error)
    {
        public static Outcome Ok(GraphQLRequest request) => new(request, 200, null);
        public static Outcome Fail(int status, string error) => new(null, status, error);
    }

    public static async Task<Outcome> ReadAsync(HttpRequest http, IGraphQLTextSerializer serializer, int maxBodyBytes)
    {
        if (HttpMethods.IsGet(http.Method))
        {
            return FromQueryString(http.Query, serializer);
        }
        if (!IsJson(http.ContentType))
        {
            return Outcome.Fail(StatusCodes.Status415UnsupportedMediaType, "POST bodies must be application/json.");
        }
        if (http.ContentLength > maxBodyBytes)
        {
            return Outcome.Fail(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBodyBytes} bytes.");
        }
        var body = await ReadBodyAsync(http.Body, maxBodyBytes, http.HttpContext.RequestAborted);
        if (body is null)
        {
            return Outcome.Fail(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBodyBytes} bytes.");
        }
        if (body.Length == 0)
        {
            return Outcome.Fail(StatusCodes.Status400BadRequest, "The request body is empty; send {\"query\": \"...\"}.");
        }
        try
        {
            using var json = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
            return FromJson(json.RootElement, serializer);
        }
        catch (JsonException e)
        {
            return Outcome.Fail(StatusCodes.Status400BadRequest, $"The request body is not valid JSON: {e.Message.Split('.')[0]}.");
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException)
        {
            // e.g. a lone surrogate ("\ud800") that JSON allows but no .NET string can carry onwards.
            return Outcome.Fail(StatusCodes.Status400BadRequest, "The request body holds a value that cannot be read (invalid Unicode or a malformed variable).");
        }
    }

    private static Outcome FromJson(JsonElement root, IGraphQLTextSerializer serializer)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Outcome.Fail(StatusCodes.Status400BadRequest, "The request body must be a JSON object.");
        }
        var query = root.TryGetProperty("query", out var q) ? q : default;
        if (query.ValueKind != JsonValueKind.String)
        {
            return Outcome.Fail(StatusCodes.Status400BadRequest, "The 'query' parameter must be a string.");
        }
        var operationName = root.TryGetProperty("operationName", out var o) ? o : default;
        if (operationName.ValueKind is not (JsonValueKind.String or JsonValueKind.Null or JsonValueKind.Undefined))
        {
            return Outcome.Fail(StatusCodes.Status400BadRequest, "The 'operationName' parameter must be a string or null.");
        }
        if (!TryReadMap(root, "variables", serializer, out var variables, out var variablesError))
        {
            return Outcome.Fail(StatusCodes.Status400BadRequest, variablesError);
        }
        if (!TryReadMap(root, "extensions", serializer, out var extensions, out var extensionsError))
        {
            return Outcome.Fail(StatusCodes.Status400BadRequest, extensionsError);
        }
        return Outcome.Ok(new GraphQLRequest
        {
            Query = query.GetString(),
            OperationName = operationName.ValueKind == JsonValueKind.String ? operationName.GetString() : null,
            Variables = variables,
            Extensions = extensions,
        });
    }

    private static bool TryReadMap(JsonElement root, string name, IGraphQLTextSerializer serializer, out Inputs? map, out string error)
    {
        map = null;
        error = "";
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            error = $"The '{name}' parameter must be a JSON object or null.";
            return false;
        }
        map = serializer.Deserialize<Inputs>(value.GetRawText());
        return true;
    }

    private static Outcome FromQueryString(IQueryCollection query, IGraphQLTextSerializer serializer)
    {
        var text = query["query"];
        if (text.Count != 1 || string.IsNullOrEmpty(text[0]))
        {
            return Outcome.Fail(StatusCodes.Status400BadRequest, "A GET request needs exactly one 'query' parameter.");
        }
        Inputs? variables = null, extensions = null;
        try
        {
            variables = ParseMap(query["variables"], serializer);
            extensions = ParseMap(query["extensions"], serializer);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            return Outcome.Fail(StatusCodes.Status400BadRequest, "The 'variables' and 'extensions' parameters must be URL-encoded JSON objects.");
        }
        var operationName = query["operationName"];
        return Outcome.Ok(new GraphQLRequest
        {
            Query = text[0],
            OperationName = string.IsNullOrEmpty(operationName) ? null : operationName.ToString(),
            Variables = variables,
            Extensions = extensions,
        });
    }

    private static Inputs? ParseMap(string? json, IGraphQLTextSerializer serializer)
    {
        if (string.IsNullOrEmpty(json) || json == "null")
        {
            return null;
        }
        using var parsed = JsonDocument.Parse(json);
        if (parsed.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("not an object");
        }
        return serializer.Deserialize<Inputs>(json);
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null && contentType.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is larger (chunked bodies have no length).</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
