using System.Diagnostics;
using System.Runtime.CompilerServices;
using RolesBoard.Api.Storage;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Scripts;

/// <summary>scripts/backup.sh and scripts/restore.sh, run as an operator would, into a cluster that never saw the board.</summary>
[Collection(nameof(BoardCollection))]
public sealed class BackupAndRestoreTests(RolesBoardApp app) : IAsyncLifetime
{
    private readonly string _dump = Path.Combine(Path.GetTempPath(), $"rolesboard-{Guid.NewGuid():N}.dump");

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync()
    {
        File.Delete(_dump);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ARestoreIntoAFreshClusterHasTheSameRolesAndProfiles()
    {
        var coop = await app.RegisterCoopAsync("Outlandish", "https://outlandish.example.coop");
        await app.PostRoleIdAsync(coop.ApiKey, new { title = "Backend developer", description = "Django", skills = new[] { "Python" } });
        await app.PostRoleIdAsync(coop.ApiKey, new { title = "Designer", description = "Figma" });
        var ana = await app.CreateProfileKeyAsync(Seekers.Ana());
        const string Roles = "{ roles { totalCount nodes { id title coop { name } } } }";
        const string Profile = "query($id: ID!) { profile(id: $id) { name email skills } }";
        var rolesBefore = (await app.GraphQLAsync(Roles)).ToJsonString();
        var profileBefore = (await app.GraphQLAsync(Profile, new { id = ana.Id }, ana.Token)).ToJsonString();

        await RunScriptAsync("backup.sh", app.ConnectionString);
        await using var fresh = await EmbeddedPostgres.StartTemporaryAsync();
        await RunScriptAsync("restore.sh", fresh.ConnectionString);
        await using var restored = new AppOnSchema(app.Schema, fresh.ConnectionString);
        await restored.InitializeAsync();

        Assert.Equal(rolesBefore, (await restored.GraphQLAsync(Roles)).ToJsonString());
        Assert.Contains("\"totalCount\":2", rolesBefore);
        Assert.Equal(profileBefore, (await restored.GraphQLAsync(Profile, new { id = ana.Id }, ana.Token)).ToJsonString());
        Assert.Contains("ana.sousa@example.org", profileBefore);
    }

    private async Task RunScriptAsync(string script, string connectionString)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot(), "scripts", script), _dump])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["ROLESBOARD_DB"] = connectionString, ["ROLESBOARD_DB_SCHEMA"] = app.Schema },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{script} exited {process.ExitCode}: {errors}{await output}");
    }

    private static string RepositoryRoot([CallerFilePath] string file = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", ".."));
}
