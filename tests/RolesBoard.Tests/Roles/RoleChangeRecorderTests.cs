using Marten;
using Npgsql;
using RolesBoard.Api.Roles;
using RolesBoard.Tests.Infrastructure;
using Weasel.Core;

namespace RolesBoard.Tests.Roles;

/// <summary>
/// Every role write records its change for each consumer in the same transaction: a new role as opened (without
/// reading it back first, since an insert cannot overwrite one), a rewritten role only when what a reader sees changed.
/// </summary>
[Collection(nameof(BoardCollection))]
public sealed class RoleChangeRecorderTests
{
    [Fact]
    public async Task AnInsertedRoleIsRecordedOpenedForEachConsumerAndARewriteOnlyWhenWhatAReaderSeesChanged()
    {
        // A schema of its own: the board's running consumers would take these changes away before they were counted.
        var schema = "recorder_" + Guid.NewGuid().ToString("N")[..12];
        var connectionString = await TestDatabase.ConnectionStringAsync();
        using var store = DocumentStore.For(options =>
        {
            options.Connection(connectionString);
            options.DatabaseSchemaName = schema;
            options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
            RoleDocuments.Configure(options);
            RoleChangeRecorder.Configure(options, [new RoleChangeConsumer("first"), new RoleChangeConsumer("second")], TimeProvider.System);
        });
        try
        {
            var role = new Role { Id = Guid.NewGuid(), CoopId = Guid.NewGuid(), Title = "Backend Developer", DatePosted = DateTimeOffset.UtcNow };
            await WriteAsync(store, session => session.Insert(role));
            Assert.Equal(["first Opened", "second Opened"], await ChangesAsync(store, role.Id));

            role.LastSeenAt = DateTimeOffset.UtcNow;
            await WriteAsync(store, session => session.Store(role));
            Assert.Equal(2, (await ChangesAsync(store, role.Id)).Count);

            role.Title = "Senior Backend Developer";
            await WriteAsync(store, session => session.Store(role));
            Assert.Equal(["first Opened", "first Updated", "second Opened", "second Updated"], await ChangesAsync(store, role.Id));
        }
        finally
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"drop schema if exists {schema} cascade", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static async Task WriteAsync(DocumentStore store, Action<IDocumentSession> write)
    {
        await using var session = store.LightweightSession();
        write(session);
        await session.SaveChangesAsync();
    }

    private static async Task<List<string>> ChangesAsync(DocumentStore store, Guid roleId)
    {
        await using var session = store.QuerySession();
        var changes = await session.Query<RoleChange>().Where(c => c.RoleId == roleId).ToListAsync();
        return [.. changes.Select(c => $"{c.Consumer} {c.Kind}").Order(StringComparer.Ordinal)];
    }
}
