using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace RolesBoard.Scrapers.Tests.Infrastructure;

/// <summary>A fixture website served by Kestrel on 127.0.0.1 (port 0), recording every request it receives.</summary>
public sealed class FixtureSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FixtureSite(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public ConcurrentQueue<HttpRequestRecord> Requests { get; } = new();

    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery);

    public int CountRequests(string path) => Requests.Count(r => r.Path == path);

    public static async Task<FixtureSite> StartAsync(IDictionary<string, RequestDelegate> routes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        FixtureSite? site = null;
        app.Run(async context =>
        {
            site!.Requests.Enqueue(new HttpRequestRecord(context.Request.Path.Value ?? "/", context.Request.Headers.UserAgent.ToString(),
                context.Request.Headers.IfNoneMatch.ToString()));
            var key = context.Request.Path.Value + context.Request.QueryString.Value;
            if (routes.TryGetValue(key, out var handler) || routes.TryGetValue(context.Request.Path.Value ?? "/", out handler))
            {
                await handler(context);
                return;
            }
            context.Response.StatusCode = 404;
        });
        await app.StartAsync();
        site = new FixtureSite(app, new Uri(app.Urls.First()));
        return site;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record HttpRequestRecord(string Path, string UserAgent, string IfNoneMatch);
