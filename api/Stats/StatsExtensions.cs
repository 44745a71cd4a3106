using Marten;
using RolesBoard.Api.Cors;
using RolesBoard.Api.Feeds;
using RolesBoard.Api.Pages;
using RolesBoard.Api.Stats.Layoffs;
using RolesBoard.Api.Stats.Snapshots;

namespace RolesBoard.Api.Stats;

public static class StatsExtensions
{
    /// <summary>The snapshots (documents, dimensions, the job and its schedule), the reader, layoffs and the cache policy.</summary>
    public static IServiceCollection AddStats(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = StatsSettings.From(configuration);
        services.AddSingleton(settings);
        services.ConfigureMarten(options =>
        {
            // Readers select a range of days of one dimension; layoffs are summed by date and country.
            options.Schema.For<StatsSnapshot>().Duplicate(s => s.Day).Duplicate(s => s.Dimension);
            options.Schema.For<SnapshotProgress>();
            options.Schema.For<LayoffReport>().Duplicate(l => l.Date).Duplicate(l => l.Country);
        });
        services.AddSingleton<IStatsDimension, RolesDimension>();
        services.AddSingleton<IStatsDimension, CoopsDimension>();
        services.AddSingleton<IStatsDimension, SkillsDimension>();
        services.AddSingleton<IStatsDimension, PeopleDimension>();
        services.AddSingleton<SnapshotJob>();
        services.AddSingleton<SnapshotTrigger>();
        services.AddSingleton<SnapshotStore>();
        services.AddSingleton<LayoffQuarters>();
        services.AddSingleton<MovementStatsReader>();
        services.AddScoped<LayoffsImport>();
        services.AddOutputCache(options => options.AddPolicy(StatsCaching.Policy, policy => policy
            .Expire(TimeSpan.FromMinutes(10)).SetVaryByQuery(StatsCaching.Keys).SetVaryByHost(true).Tag(StatsCaching.Tag)));
        if (settings.SchedulerEnabled)
        {
            services.AddHostedService<SnapshotScheduler>();
        }
        return services;
    }

    public static WebApplication MapStats(this WebApplication app)
    {
        var stats = app.MapGroup("").RequireCors(PublicCors.PublicRead).CacheOutput(StatsCaching.Policy);
        stats.MapGet("/stats", (HttpContext http, MovementStatsReader reader, TimeProvider clock) => WriteAsync(http, reader, clock, Layout.ContentType,
            s => StatsPage.Render(s, new SiteLinks(http.Request).Origin, http.Request.QueryString.Value ?? "").ToBytes()));
        stats.MapGet("/stats.csv", (HttpContext http, MovementStatsReader reader, TimeProvider clock) => WriteAsync(http, reader, clock, StatsCsv.ContentType, StatsCsv.Write));
        stats.MapGet("/stats.json", (HttpContext http, MovementStatsReader reader, TimeProvider clock) => WriteAsync(http, reader, clock, StatsJson.ContentType, StatsJson.Write));
        return app;
    }

    private static async Task WriteAsync(HttpContext http, MovementStatsReader reader, TimeProvider clock, string contentType, Func<MovementStats, byte[]> write)
    {
        var (query, error) = StatsRequest.Parse(http.Request.Query, clock);
        if (query is null)
        {
            await BadRequest.WriteAsync(http, error!);
            return;
        }
        var stats = await reader.ReadAsync(query, http.RequestAborted);
        var headers = http.Response.Headers;
        headers.Link = $"<{MovementStats.LicenceUrl}>; rel=\"license\"";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        // Inline SVG and the shell's inline stylesheet only: nothing loads from anywhere, and no script runs.
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
        await ConditionalResponse.WriteAsync(http, write(stats), contentType, stats.UpdatedAt, StatsCaching.CacheControl);
    }
}
