namespace RolesBoard.Api.Storage;

/// <summary>Any endpoint that hits a database outage answers 503 with Retry-After instead of a 500.</summary>
public sealed class DatabaseUnavailableMiddleware(RequestDelegate next, ILogger<DatabaseUnavailableMiddleware> logger)
{
    public const int RetryAfterSeconds = 5;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (DatabaseFaults.IsUnavailable(e) && !context.Response.HasStarted)
        {
            logger.LogWarning(e, "Database unavailable for {Path}", context.Request.Path);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await context.Response.WriteAsync("The database is unavailable for a moment; retry shortly.");
        }
    }
}
