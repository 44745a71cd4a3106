using Npgsql;
using RolesBoard.Api.Storage;

namespace RolesBoard.Tests.Storage;

/// <summary>The cluster scripts/run.sh starts for the app (a durable one) against the throwaway ones tests use.</summary>
public sealed class EmbeddedPostgresTests
{
    private static async Task<string> SettingAsync(string connectionString, string name)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var show = new NpgsqlCommand($"show {name}", connection);
        return (string)(await show.ExecuteScalarAsync())!;
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task TheAppsClusterIsDurableAndTrustsNoLocalUserWithoutItsPassword()
    {
        // The app's own cluster (kept, not thrown away), here in a temporary folder removed afterwards.
        await using var cluster = await EmbeddedPostgres.StartAsync(Path.Combine(Path.GetTempPath(), "rolesboard-durable-" + Guid.NewGuid().ToString("N")[..8]),
            deleteOnDispose: true, durable: true);

        Assert.Equal("on", await SettingAsync(cluster.ConnectionString, "fsync"));
        Assert.Equal("on", await SettingAsync(cluster.ConnectionString, "synchronous_commit"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(cluster.PasswordFile));

        var withoutPassword = new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Password = null, Pooling = false };
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => SettingAsync(withoutPassword.ConnectionString, "fsync"));
        Assert.Contains("password", refused.Message, StringComparison.OrdinalIgnoreCase);
        var wrongPassword = new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Password = "guess", Pooling = false };
        var wrong = await Assert.ThrowsAsync<PostgresException>(() => SettingAsync(wrongPassword.ConnectionString, "fsync"));
        Assert.Equal("28P01", wrong.SqlState);
    }

    [Fact]
    public async Task AClusterThatTrustedLocalUsersGetsAPasswordOnItsNextStart()
    {
        var folder = Path.Combine(Path.GetTempPath(), "rolesboard-trusting-" + Guid.NewGuid().ToString("N")[..8]);
        string passwordFile;
        await using (var first = await EmbeddedPostgres.StartAsync(folder, durable: false))
        {
            passwordFile = first.PasswordFile;
        }
        // What a cluster made before passwords looked like: trust everywhere, no password file.
        var hba = Path.Combine(folder, "pg_hba.conf");
        await File.WriteAllTextAsync(hba, (await File.ReadAllTextAsync(hba)).Replace("scram-sha-256", "trust", StringComparison.Ordinal));
        File.Delete(passwordFile);

        await using var again = await EmbeddedPostgres.StartAsync(folder, deleteOnDispose: true, durable: false);
        Assert.True(File.Exists(passwordFile));
        Assert.Equal("off", await SettingAsync(again.ConnectionString, "fsync"));
        var withoutPassword = new NpgsqlConnectionStringBuilder(again.ConnectionString) { Password = null, Pooling = false };
        await Assert.ThrowsAnyAsync<Exception>(() => SettingAsync(withoutPassword.ConnectionString, "fsync"));
    }

    [Fact]
    public async Task ThrowawayClustersStayFast()
    {
        await using var cluster = await EmbeddedPostgres.StartTemporaryAsync();
        Assert.Equal("off", await SettingAsync(cluster.ConnectionString, "fsync"));
    }
}
