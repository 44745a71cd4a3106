using Marten;
using Npgsql;

namespace RolesBoard.Api.Stats.Layoffs;

/// <summary>A country and quarter's reported layoffs.</summary>
public sealed record LayoffTotal(string Country, int Year, int Quarter, long People)
{
    public string Label => $"{Year}-Q{Quarter}";

    public DateOnly LastDay => new DateOnly(Year, (Quarter * 3) - 2, 1).AddMonths(3).AddDays(-1);
}

/// <summary>Layoffs summed by country and quarter in PostgreSQL (the reports table is small, and indexed by date).</summary>
public sealed class LayoffQuarters(IDocumentStore store)
{
    public async Task<List<LayoffTotal>> ReadAsync(DateOnly from, DateOnly to, string? country, CancellationToken cancellationToken)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"""
            select d.country, extract(year from d.date)::int, extract(quarter from d.date)::int, sum((d.data->>'people')::bigint)
            from {store.Options.DatabaseSchemaName}.mt_doc_layoffreport d
            where d.date between $1 and $2 and ($3::text is null or d.country = $3)
            group by 1, 2, 3 order by 2, 3, 4 desc
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = from });
        command.Parameters.Add(new NpgsqlParameter { Value = to });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)country ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        var totals = new List<LayoffTotal>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            totals.Add(new LayoffTotal(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt64(3)));
        }
        return totals;
    }
}
