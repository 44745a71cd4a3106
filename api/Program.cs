using RolesBoard.Api.Alerts;
using RolesBoard.Api.Coops;
using RolesBoard.Api.Cors;
using RolesBoard.Api.Embed;
using RolesBoard.Api.Feeds;
using RolesBoard.Api.Founders;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Health;
using RolesBoard.Api.Ide;
using RolesBoard.Api.Ingestion;
using RolesBoard.Api.Mail;
using RolesBoard.Api.Matching;
using RolesBoard.Api.Pages;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.RateLimiting;
using RolesBoard.Api.Roles;
using RolesBoard.Api.Scheduling;
using RolesBoard.Api.Storage;
using RolesBoard.Api.Webhooks;

try
{
    var builder = WebApplication.CreateBuilder(args);

    // Storage: PostgreSQL (ROLESBOARD_DB or the embedded cluster) and Marten
    builder.AddStorage();

    // Background work on Quartz's clustered store, and mail through its outbox
    builder.Services.AddScheduling(builder.Configuration);
    builder.Services.AddMail(builder.Configuration);

    // Features
    builder.Services.AddCoops();
    builder.Services.AddRoles();
    builder.Services.AddIngestion(builder.Configuration);
    builder.Services.AddProfiles();
    builder.Services.AddMatching();
    builder.Services.AddAlerts(builder.Configuration);
    builder.Services.AddWebhooks(builder.Configuration);
    builder.Services.AddFounders();

    // API surface
    builder.Services.AddRolesBoardGraphQL(builder.Configuration);
    builder.Services.AddHealth();
    builder.Services.AddRateLimits(builder.Configuration);
    builder.Services.AddFeeds();
    builder.Services.AddPublicCors();

    var app = builder.Build();

    // Outages become 503s; CORS comes before the limiter and the output cache, so every answer carries its headers.
    app.UseMiddleware<DatabaseUnavailableMiddleware>();
    app.UseCors();
    app.UseRateLimiter();
    app.UseOutputCache();

    app.MapGraphQL();
    app.MapGraphQLIde();
    app.MapHealth();
    app.MapFeeds();
    app.MapRolePages();
    app.MapEmbed();
    app.MapAlertPages();
    app.MapFounders();

    // `import-coops DIR` imports a membership register instead of serving.
    if (ImportCommand.IsRequested(args))
    {
        Environment.ExitCode = await ImportCommand.RunAsync(app, args);
        return;
    }
    app.Run();
}
catch (StartupException e)
{
    // A problem the user can fix gets one clear line, not a stack trace.
    Console.Error.WriteLine($"rolesboard: {e.Message}");
    Environment.ExitCode = 1;
}
