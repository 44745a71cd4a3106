using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Roles;

/// <summary>The role table keeps room on its pages, so a role's refresh (its last-seen time) is written in place.</summary>
[Collection(nameof(BoardCollection))]
public sealed class RoleTableFillTests(RolesBoardApp app)
{
    [Fact]
    public async Task TheRoleTableIsFilledToThreeQuartersAtStartUp()
    {
        var schema = app.Services.GetRequiredService<IDocumentStore>().Options.DatabaseSchemaName;
        await using var connection = new NpgsqlConnection(await TestDatabase.ConnectionStringAsync());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select reloptions from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and c.relname = 'mt_doc_role'", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = schema });
        var options = await command.ExecuteScalarAsync() as string[];
        Assert.Contains("fillfactor=75", options ?? []);
    }
}
