using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Resources;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace RolesBoard.Api.Observability;

/// <summary>
/// OpenTelemetry metrics (scraped by Prometheus at GET /metrics) and traces (sent over OTLP when
/// OTEL_EXPORTER_OTLP_ENDPOINT is set) for ASP.NET Core, HttpClient, Npgsql and the board's own meter.
/// </summary>
public static class ObservabilityExtensions
{
    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("rolesboard"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(BoardMeter.Name)
                // No cached answer: whoever reads right after an event sees it (a scrape costs little).
                .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = http => !IsProbe(http.Request.Path))
                .AddHttpClientInstrumentation()
                .AddNpgsql());
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }
        return builder;
    }

    public static WebApplication MapMetrics(this WebApplication app)
    {
        // Like the health checks, never refused by the rate limiter: a busy client must not blind the operator.
        app.MapPrometheusScrapingEndpoint().DisableRateLimiting();
        return app;
    }

    private static bool IsProbe(PathString path) => path.StartsWithSegments("/metrics") || path.StartsWithSegments("/health");
}
