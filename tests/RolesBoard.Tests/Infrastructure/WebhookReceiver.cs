using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RolesBoard.Tests.Infrastructure;

/// <summary>
/// A real HTTP server on loopback (Kestrel) that records every webhook POST (headers and body) and answers with the
/// status the test chooses, as a partner site's endpoint would.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Received> _received = new();

    public sealed record Received(IHeaderDictionary Headers, string Body);

    private WebhookReceiver(WebApplication app) => _app = app;

    /// <summary>What the endpoint answers, given how many requests came before this one.</summary>
    public Func<int, HttpStatusCode> Answer { get; set; } = _ => HttpStatusCode.OK;

    /// <summary>How long the endpoint takes to answer (to catch deliveries in flight).</summary>
    public TimeSpan Delay { get; set; }

    public string Url { get; private set; } = "";

    public IReadOnlyList<Received> Requests => [.. _received];

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            await Task.Delay(receiver.Delay);
            var count = receiver._received.Count;
            receiver._received.Enqueue(new Received(new HeaderDictionary(http.Request.Headers.ToDictionary(h => h.Key, h => h.Value)), body));
            return Results.StatusCode((int)receiver.Answer(count));
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/hook";
        return receiver;
    }

    public void Clear() => _received.Clear();

    public async Task<IReadOnlyList<Received>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (_received.Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Expected {count} webhook request(s); received {_received.Count}.");
            }
            await Task.Delay(100);
        }
        return Requests;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
