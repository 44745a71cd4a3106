using RolesBoard.Api.Storage;

namespace RolesBoard.Tests.Infrastructure;

/// <summary>
/// One throwaway PostgreSQL cluster for the whole test run (the same mechanism the app uses), unless
/// ROLESBOARD_DB points at a database; each test host then gets a schema of its own.
/// </summary>
public static class TestDatabase
{
    private static readonly Lazy<Task<string>> Shared = new(StartAsync);

    public static Task<string> ConnectionStringAsync() => Shared.Value;

    private static async Task<string> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable("ROLESBOARD_DB");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        var cluster = await EmbeddedPostgres.StartTemporaryAsync();
        // xunit 2 has no assembly-level teardown; the process exit is the end of the run.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return cluster.ConnectionString;
    }
}
