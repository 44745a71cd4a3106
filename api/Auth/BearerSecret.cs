namespace RolesBoard.Api.Auth;

public static class BearerSecret
{
    /// <summary>The secret in <c>Authorization: Bearer &lt;secret&gt;</c>, or null when the request carries none.</summary>
    public static string? From(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
