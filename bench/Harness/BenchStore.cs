using Marten;
using RolesBoard.Api.Alerts;
using RolesBoard.Api.Coops;
using RolesBoard.Api.Ingestion;
using RolesBoard.Api.Matching;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;
using RolesBoard.Api.Storage;

namespace RolesBoard.Bench.Harness;

/// <summary>A document store over the bench's database, its documents registered as the API's features register them.</summary>
public static class BenchStore
{
    public static DocumentStore Create(string connectionString, string schema, Action<StoreOptions>? alsoConfigure = null) => DocumentStore.For(options =>
    {
        // Tuned as the API tunes its own connections: the ingestion scenario runs the API's write path in this process.
        options.Connection(ConnectionTuning.Apply(connectionString));
        options.DatabaseSchemaName = schema;
        options.UseSystemTextJsonForSerialization(Weasel.Core.EnumStorage.AsString, Weasel.Core.Casing.CamelCase);
        CoopDocuments.Configure(options);
        RoleDocuments.Configure(options);
        IngestionDocuments.Configure(options);
        ProfileDocuments.Configure(options);
        MatchingDocuments.Configure(options);
        AlertDocuments.Configure(options);
        alsoConfigure?.Invoke(options);
    });
}
