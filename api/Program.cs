using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Health;
using RolesBoard.Api.Storage;

try
{
    var builder = WebApplication.CreateBuilder(args);

    // Storage: PostgreSQL (ROLESBOARD_DB or the embedded cluster) and Marten
    builder.AddStorage();

    // API surface
    builder.Services.AddRolesBoardGraphQL();
    builder.Services.AddHealth();

    var app = builder.Build();

    app.MapGraphQL();
    app.MapHealth();

    app.Run();
}
catch (StartupException e)
{
    // A problem the user can fix gets one clear line, not a stack trace.
    Console.Error.WriteLine($"rolesboard: {e.Message}");
    Environment.ExitCode = 1;
}
