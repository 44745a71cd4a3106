using JasperFx;
using Marten;
using Npgsql;
using Weasel.Core;

namespace RolesBoard.Api.Storage;

public static class StorageExtensions
{
    /// <summary>
    /// PostgreSQL and Marten: ROLESBOARD_DB when set, otherwise the embedded cluster under .data/postgres.
    /// Fails with one clear line (a <see cref="StartupException"/>) when the database cannot be reached.
    /// </summary>
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration["ROLESBOARD_DB"];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var embedded = StartEmbedded(builder.Configuration["ROLESBOARD_DATA"] ?? Path.Combine(".data", "postgres"));
            builder.Services.AddSingleton(embedded);
            builder.Services.AddHostedService<EmbeddedPostgresLifetime>();
            connectionString = embedded.ConnectionString;
        }
        EnsureReachable(connectionString);
        connectionString = ConnectionTuning.Apply(connectionString);

        var schema = builder.Configuration["ROLESBOARD_DB_SCHEMA"] ?? "rolesboard";
        builder.Services.AddSingleton(new DatabaseLocation(connectionString, schema));
        builder.Services.AddMarten(options =>
        {
            options.Connection(connectionString);
            options.DatabaseSchemaName = schema;
            options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
            options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
            // Each feature registers its own documents (services.ConfigureMarten in its AddX).
        })
        .UseLightweightSessions()
        .ApplyAllDatabaseChangesOnStartup();
        return builder;
    }

    private static EmbeddedPostgres StartEmbedded(string dataDirectory)
    {
        try
        {
            return EmbeddedPostgres.StartAsync(dataDirectory).GetAwaiter().GetResult();
        }
        catch (EmbeddedPostgresException e)
        {
            throw new StartupException($"Could not start the embedded PostgreSQL in {dataDirectory}: {e.Message} Set ROLESBOARD_DB to use another database.");
        }
    }

    private static void EnsureReachable(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5, Pooling = false };
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            var target = TryDescribe(connectionString);
            throw new StartupException(
                $"Cannot reach PostgreSQL at {target} ({e.Message.Split('\n')[0].Trim()}). Set ROLESBOARD_DB to a reachable Npgsql connection string, or unset it to use the embedded database.");
        }
    }

    private static string TryDescribe(string connectionString)
    {
        try
        {
            var parsed = new NpgsqlConnectionStringBuilder(connectionString);
            return $"{parsed.Host}:{parsed.Port}/{parsed.Database}";
        }
        catch (ArgumentException)
        {
            return "ROLESBOARD_DB (not a valid connection string)";
        }
    }
}

/// <summary>A start-up failure the user can fix; Program prints its message as one line, without a stack trace.</summary>
public sealed class StartupException(string message) : Exception(message);
