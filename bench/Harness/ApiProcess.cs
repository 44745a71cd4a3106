using System.Diagnostics;
using System.Net.Sockets;

namespace RolesBoard.Bench.Harness;

/// <summary>
/// The real API, built in Release, as its own process on a loopback port over the benchmark's database: measured
/// through real HTTP, and its memory read from /proc.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ApiProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<ApiProcess> StartAsync(string connectionString, string schema, string adminKey)
    {
        // The API as built in Release beside this project (dotnet run -c Release --project bench builds it), run
        // from its project folder so its content root (wwwroot) is where a deployment has it.
        var apiFolder = Path.Combine(Repository.Root, "api");
        var dll = Path.Combine(apiFolder, "bin", "Release", "net10.0", "RolesBoard.Api.dll");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", $"\"{dll}\"") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = apiFolder };
        start.Environment["ROLESBOARD_DB"] = connectionString;
        start.Environment["ROLESBOARD_ADMIN_KEY"] = adminKey;
        start.Environment["ROLESBOARD_DB_SCHEMA"] = schema;
        start.Environment["ROLESBOARD_SCRAPE_INTERVAL"] = "0";
        // The stats scenario writes the snapshots itself; a scheduled backfill must not run during the others.
        start.Environment["ROLESBOARD_STATS_INTERVAL"] = "0";
        start.Environment["ROLESBOARD_RATE_LIMIT_PER_ADDRESS"] = "1000000000";
        start.Environment["ROLESBOARD_RATE_LIMIT_PER_KEY"] = "1000000000";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the API.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("api: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var api = new ApiProcess(process, new Uri($"http://127.0.0.1:{port}"));
        using var client = new HttpClient();
        for (var i = 0; i < 240; i++)
        {
            try
            {
                // "Healthy": readiness fails (503) until the match index is built, and matching answers 503 until then.
                using var ready = await client.GetAsync(new Uri(api.Url, "/health/ready"));
                if (ready.IsSuccessStatusCode && await ready.Content.ReadAsStringAsync() == "Healthy")
                {
                    return api;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            if (process.HasExited)
            {
                break;
            }
            await Task.Delay(500);
        }
        throw new InvalidOperationException("The API did not become ready.");
    }

    /// <summary>Peak resident memory of the API process (VmHWM), in MiB.</summary>
    public double PeakMemoryMiB() => ReadStatusKb("VmHWM") / 1024.0;

    private double ReadStatusKb(string field)
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
