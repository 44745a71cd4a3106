using RolesBoard.Api.Coops;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Health;
using RolesBoard.Api.Matching;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;
using RolesBoard.Api.Storage;

try
{
    var builder = WebApplication.CreateBuilder(args);

    // Storage: PostgreSQL (ROLESBOARD_DB or the embedded cluster) and Marten
    builder.AddStorage();

    // Features
    builder.Services.AddCoops();
    builder.Services.AddRoles();
    builder.Services.AddProfiles();
    builder.Services.AddMatching();

    // API surface
    builder.Services.AddRolesBoardGraphQL();
    builder.Services.AddHealth();

    var app = builder.Build();

    app.MapGraphQL();
    app.MapHealth();

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
