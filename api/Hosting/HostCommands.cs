using RolesBoard.Api.Coops;
using RolesBoard.Api.Stats.Layoffs;

namespace RolesBoard.Api.Hosting;

/// <summary>The one-off commands the built host runs instead of serving.</summary>
public static class HostCommands
{
    /// <summary>
    /// `import-coops DIR` imports a membership register; `import-layoffs FILE.csv` imports company-level layoffs for
    /// the stats. Returns the command's exit code, or null when no command was asked for and the host should serve.
    /// </summary>
    public static async Task<int?> RunRequestedAsync(WebApplication app, string[] args)
    {
        if (ImportCommand.IsRequested(args))
        {
            return await ImportCommand.RunAsync(app, args);
        }
        if (ImportLayoffsCommand.IsRequested(args))
        {
            return await ImportLayoffsCommand.RunAsync(app, args);
        }
        return null;
    }
}
