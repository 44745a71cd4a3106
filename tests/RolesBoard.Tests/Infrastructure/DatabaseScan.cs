using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace RolesBoard.Tests.Infrastructure;

/// <summary>Erasure tests look for a needle everywhere the app keeps data, not just where they expect it.</summary>
public static class DatabaseScan
{
    /// <summary>Every text-like column of every table in the app's schema that contains <paramref name="needle"/>.</summary>
    public static async Task<List<string>> PlacesHoldingAsync(this RolesBoardApp app, string needle)
    {
        var schema = app.Services.GetRequiredService<IDocumentStore>().Options.DatabaseSchemaName;
        await using var connection = new NpgsqlConnection(await TestDatabase.ConnectionStringAsync());
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var list = new NpgsqlCommand("""
            select c.table_name, c.column_name from information_schema.columns c
            join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
            where c.table_schema = @schema and c.data_type in ('text', 'jsonb', 'json', 'character varying', 'character', 'ARRAY', 'uuid')
            """, connection))
        {
            list.Parameters.AddWithValue("schema", schema);
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        Assert.Contains(columns, c => c.Table == "mt_doc_profile");
        var hits = new List<string>();
        foreach (var (table, column) in columns)
        {
            await using var count = new NpgsqlCommand($"select count(*) from \"{schema}\".\"{table}\" where \"{column}\"::text ilike @needle", connection);
            count.Parameters.AddWithValue("needle", "%" + needle + "%");
            if ((long)(await count.ExecuteScalarAsync())! > 0)
            {
                hits.Add($"{table}.{column}");
            }
        }
        return hits;
    }
}
