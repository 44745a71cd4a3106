using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace RolesBoard.Tests.Coops;

/// <summary>A co-op's website on 127.0.0.1 that publishes <see cref="Published"/> at the verification path (404 when null).</summary>
public sealed class ProofSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private ProofSite(WebApplication app) => _app = app;

    public string Website { get; private set; } = "";
    public string? Published { get; set; }
    public int Requests => Volatile.Read(ref _requests);

    public static async Task<ProofSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var site = new ProofSite(app);
        app.MapGet("/.well-known/rolesboard-verification.txt", () =>
        {
            Interlocked.Increment(ref site._requests);
            return site.Published is { } text ? Results.Text(text + "\n") : Results.NotFound();
        });
        await app.StartAsync();
        site.Website = app.Urls.First() + "/";
        return site;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
