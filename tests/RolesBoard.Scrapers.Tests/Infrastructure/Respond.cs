using Microsoft.AspNetCore.Http;

namespace RolesBoard.Scrapers.Tests.Infrastructure;

/// <summary>Route handlers for fixture sites.</summary>
public static class Respond
{
    public static RequestDelegate Text(string body, string contentType = "text/html; charset=utf-8", int status = 200) => async context =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body);
    };

    public static RequestDelegate Fixture(string relativePath, string contentType = "text/html; charset=utf-8") =>
        Text(Fixtures.Read(relativePath), contentType);

    public static RequestDelegate Status(int status) => context =>
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    };

    public static RequestDelegate Redirect(string location, int status = 302) => context =>
    {
        context.Response.StatusCode = status;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    };

    public static RequestDelegate Slow(TimeSpan delay) => async context =>
    {
        await Task.Delay(delay, context.RequestAborted);
        await context.Response.WriteAsync("<html>late</html>");
    };
}

/// <summary>Saved fixture pages, copied next to the test assembly.</summary>
public static class Fixtures
{
    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", relativePath));

    public static RolesBoard.Scrapers.Extraction.SourceDocument Document(string relativePath, string url, string? contentType = null) =>
        new(Read(relativePath), new Uri(url), contentType);
}
