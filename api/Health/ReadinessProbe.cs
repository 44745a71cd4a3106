namespace RolesBoard.Api.Health;

/// <summary>
/// `RolesBoard.Api healthcheck`: asks this container's own API for /health/ready and exits 0 (ready, Healthy or
/// Degraded) or 1. The ASP.NET runtime image has no curl or wget; the app itself is the smallest client it has.
/// </summary>
public static class ReadinessProbe
{
    public static bool IsRequested(string[] args) => args is ["healthcheck", ..];

    public static async Task<int> RunAsync(string[] args)
    {
        var url = args.Length > 1 ? args[1] : "http://127.0.0.1:8080/health/ready";
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(url);
            Console.WriteLine($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Console.Error.WriteLine($"rolesboard healthcheck: {url}: {e.Message}");
            return 1;
        }
    }
}
