using Microsoft.AspNetCore.Hosting;

namespace RolesBoard.Tests.Infrastructure;

/// <summary>
/// Another host over a schema that already exists (another host's, or a restored one), as a second replica or a
/// restarted API would see it.
/// </summary>
public sealed class AppOnSchema(string schema, string connectionString) : RolesBoardApp
{
    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("ROLESBOARD_DB", connectionString);
        builder.UseSetting("ROLESBOARD_DB_SCHEMA", schema);
    }
}
