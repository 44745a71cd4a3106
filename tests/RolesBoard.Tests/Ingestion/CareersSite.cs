using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace RolesBoard.Tests.Ingestion;

/// <summary>
/// A co-op's website served by Kestrel on 127.0.0.1 (port 0): a home page linking to /jobs, and /jobs listing the
/// roles in <see cref="Roles"/> as schema.org JobPosting JSON-LD. Tests change the roles, the status and the
/// delay between runs, and count how often /jobs was fetched.
/// </summary>
public sealed class CareersSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _jobsRequests;

    private CareersSite(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;
    public Uri JobsUrl => new(BaseUrl, "/jobs");
    public string Website => BaseUrl.AbsoluteUri;

    /// <summary>Titles of the open roles the site lists now; each one's URL is derived from its title.</summary>
    public List<string> Roles { get; set; } = [];
    public int JobsStatus { get; set; } = 200;
    public TimeSpan JobsDelay { get; set; } = TimeSpan.Zero;
    /// <summary>The JSON-LD "license" the site states for its postings.</summary>
    public string? Terms { get; set; }
    /// <summary>When set, /jobs answers with this ETag and 304 to a matching If-None-Match.</summary>
    public string? ETag { get; set; }
    /// <summary>When set, each answer says when it was served, as many sites' pages do: none is byte for byte the last.</summary>
    public bool StampsEachPage { get; set; }
    /// <summary>False: no link to /jobs on the home page and /jobs answers 404, so discovery finds nothing.</summary>
    public bool HasCareersPage { get; set; } = true;
    public int JobsRequests => Volatile.Read(ref _jobsRequests);
    /// <summary>When set, /jobs is this page (a vacancy written as prose) instead of the JSON-LD listing.</summary>
    public string? ProsePage { get; set; }

    public static async Task<CareersSite> StartAsync(params string[] roles)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var site = new CareersSite(app) { Roles = [.. roles] };
        app.MapGet("/", () => Results.Content(
            $"<html><body><h1>A co-op</h1><nav><a href=\"/about\">About</a>{(site.HasCareersPage ? " <a href=\"/jobs\">Jobs</a>" : "")}</nav></body></html>", "text/html"));
        app.MapGet("/jobs", site.JobsAsync);
        await app.StartAsync();
        site.BaseUrl = new Uri(app.Urls.First());
        return site;
    }

    private async Task JobsAsync(HttpContext context)
    {
        Interlocked.Increment(ref _jobsRequests);
        try
        {
            await Task.Delay(JobsDelay, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return; // the scraper gave up (a tarpit test): nothing to answer
        }
        if (!HasCareersPage)
        {
            context.Response.StatusCode = 404;
            return;
        }
        if (JobsStatus != 200)
        {
            context.Response.StatusCode = JobsStatus;
            return;
        }
        if (ETag is not null)
        {
            context.Response.Headers.ETag = ETag;
            if (context.Request.Headers.IfNoneMatch == ETag)
            {
                context.Response.StatusCode = 304;
                return;
            }
        }
        if (ProsePage is not null)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(ProsePage);
            return;
        }
        var postings = Roles.Select(title => new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "JobPosting",
            ["title"] = title,
            ["description"] = $"Join us as {title}. We are a worker co-op using C# and PostgreSQL.",
            ["url"] = new Uri(BaseUrl, "/jobs/" + Uri.EscapeDataString(title.ToLowerInvariant().Replace(' ', '-'))).AbsoluteUri,
            ["datePosted"] = "2026-01-05",
            ["employmentType"] = "FULL_TIME",
            ["jobLocation"] = new Dictionary<string, object> { ["@type"] = "Place", ["address"] = new { addressLocality = "Leeds", addressCountry = "GB" } },
            ["hiringOrganization"] = new Dictionary<string, object> { ["@type"] = "Organization", ["name"] = "A co-op" },
            ["license"] = Terms,
        });
        var json = JsonSerializer.Serialize(postings).Replace("</", "<\\/", StringComparison.Ordinal);
        context.Response.ContentType = "text/html; charset=utf-8";
        var stamp = StampsEachPage ? $"<p>Served {DateTimeOffset.UtcNow:O} (#{JobsRequests})</p>" : "";
        await context.Response.WriteAsync($"<html><body><h1>Jobs</h1><script type=\"application/ld+json\">{json}</script>{stamp}</body></html>");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
