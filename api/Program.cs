using RolesBoard.Api.Alerts;
using RolesBoard.Api.Coops;
using RolesBoard.Api.Cors;
using RolesBoard.Api.Embed;
using RolesBoard.Api.Feeds;
using RolesBoard.Api.Founders;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Health;
using RolesBoard.Api.Hosting;
using RolesBoard.Api.Ide;
using RolesBoard.Api.Ingestion;
using RolesBoard.Api.Mail;
using RolesBoard.Api.Matching;
using RolesBoard.Api.Observability;
using RolesBoard.Api.Pages;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.RateLimiting;
using RolesBoard.Api.ReverseProxy;
using RolesBoard.Api.Roles;
using RolesBoard.Api.Stats;
using RolesBoard.Api.Scheduling;
using RolesBoard.Api.Storage;
using RolesBoard.Api.Webhooks;

// `healthcheck [URL]` is the container's HEALTHCHECK: it starts no host and touches no database.
if (ReadinessProbe.IsRequested(args))
{
    return await ReadinessProbe.RunAsync(args);
}

try
{
    var builder = WebApplication.CreateBuilder(args);

    // Storage: PostgreSQL (ROLESBOARD_DB or the embedded cluster) and Marten
    builder.AddStorage();
    builder.AddObservability();

    // Background work on Quartz's clustered store, and mail through its outbox
    builder.Services.AddScheduling(builder.Configuration);
    builder.Services.AddMail(builder.Configuration);

    // Features
    builder.Services.AddCoops();
    builder.Services.AddRoles();
    builder.Services.AddIngestion(builder.Configuration);
    builder.Services.AddProfiles();
    builder.Services.AddMatching();
    builder.Services.AddStats(builder.Configuration);
    builder.Services.AddAlerts(builder.Configuration);
    builder.Services.AddWebhooks(builder.Configuration);
    builder.Services.AddFounders();

    // API surface
    builder.Services.AddRolesBoardGraphQL(builder.Configuration);
    builder.Services.AddHealth();
    builder.Services.AddReverseProxy(builder.Configuration);
    builder.Services.AddRateLimits(builder.Configuration);
    builder.Services.AddFeeds();
    builder.Services.AddPublicCors();

    var app = builder.Build();
    app.UseRequestPipeline();

    app.MapGraphQL();
    app.MapGraphQLIde();
    app.MapHealth();
    app.MapMetrics();
    app.MapFeeds();
    app.MapRolePages();
    app.MapEmbed();
    app.MapStats();
    app.MapAlertPages();
    app.MapFounders();

    if (await HostCommands.RunRequestedAsync(app, args) is { } exitCode)
    {
        return exitCode;
    }
    await app.RunAsync();
    return 0;
}
catch (StartupException e)
{
    // A problem the user can fix gets one clear line, not a stack trace.
    Console.Error.WriteLine($"rolesboard: {e.Message}");
    return 1;
}
