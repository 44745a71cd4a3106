using Marten;
using Npgsql;
using RolesBoard.Api.Coops;

namespace RolesBoard.Bench.Data;

public static class Seed
{
    public static async Task RolesAsync(IDocumentStore store, Generator generator, IReadOnlyList<Coop> coops, int count)
    {
        const int batch = 5_000;
        for (var done = 0; done < count; done += batch)
        {
            var roles = Enumerable.Range(0, Math.Min(batch, count - done)).Select(_ => generator.Role(coops)).ToList();
            await store.BulkInsertAsync(roles);
        }
    }

    /// <summary>Fresh statistics, as autovacuum would gather on a live system, so plans are the real ones.</summary>
    public static async Task AnalyzeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var analyze = new NpgsqlCommand("analyze", connection);
        await analyze.ExecuteNonQueryAsync();
    }
}
