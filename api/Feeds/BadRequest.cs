namespace RolesBoard.Api.Feeds;

/// <summary>A 400 with the reason as plain text, which a person debugging a feed URL or a widget can read.</summary>
public static class BadRequest
{
    public static async Task WriteAsync(HttpContext http, string message)
    {
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        http.Response.ContentType = "text/plain; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.WriteAsync(message + "\n", http.RequestAborted);
    }
}
