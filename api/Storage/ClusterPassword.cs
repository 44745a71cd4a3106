using Npgsql;
using RolesBoard.Api.Auth;

namespace RolesBoard.Api.Storage;

/// <summary>The embedded cluster's superuser password: generated, kept in a file only its owner can read.</summary>
internal static class ClusterPassword
{
    /// <summary>
    /// Gives a cluster that trusted local users (made before passwords) a password, then makes every connection use
    /// it: the role gets the password while trust still lets us in, pg_hba.conf switches to scram-sha-256, reload.
    /// </summary>
    public static async Task RequireAsync(string connectionString, string dataDirectory, string passwordFile, string superUser)
    {
        var password = Secrets.New("pg"); // letters, digits, '-' and '_': safe inside a SQL literal
        var trusted = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false, Password = null };
        await using (var connection = new NpgsqlConnection(trusted.ConnectionString))
        {
            await connection.OpenAsync();
            await using var alter = new NpgsqlCommand($"alter role {superUser} password '{password}'", connection);
            await alter.ExecuteNonQueryAsync();
            var hba = Path.Combine(dataDirectory, "pg_hba.conf");
            var lines = (await File.ReadAllLinesAsync(hba))
                .Select(l => l.TrimStart().StartsWith('#') ? l : l.Replace(" trust", " scram-sha-256", StringComparison.Ordinal));
            await File.WriteAllLinesAsync(hba, lines);
            await using var reload = new NpgsqlCommand("select pg_reload_conf()", connection);
            await reload.ExecuteNonQueryAsync();
        }
        await WritePrivateAsync(passwordFile, password);
    }

    /// <summary>Creates the file owner-only before writing the secret into it, so it is never readable by others.</summary>
    public static async Task WritePrivateAsync(string path, string text)
    {
        await using (File.Create(path))
        {
        }
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        await File.WriteAllTextAsync(path, text);
    }
}
