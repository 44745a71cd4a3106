using Marten;
using Npgsql;
using RolesBoard.Api.Stats.Snapshots;

namespace RolesBoard.Api.Stats;

/// <summary>A day's cell of one dimension, as read back; Country when several countries' cells were read.</summary>
public sealed record DayCell(DateOnly Day, string Dimension, StatsCell Cell, DateTimeOffset WrittenAt, string? Country = null);

/// <summary>
/// Reads single cells out of the snapshots: PostgreSQL picks the cell out of each day's document (a key lookup in
/// jsonb), so a year of one dimension is 365 small rows whatever the size of the board.
/// </summary>
public sealed class SnapshotStore(IDocumentStore store)
{
    private string Table => $"{store.Options.DatabaseSchemaName}.mt_doc_statssnapshot";

    public Task<List<DayCell>> RangeAsync(string[] dimensions, string cell, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        ReadAsync($"select day, dimension, data->'cells'->$1, (data->>'writtenAt')::timestamptz from {Table} where dimension = any($2) and day between $3 and $4 order by day",
            [cell, dimensions, from, to], cancellationToken);

    /// <summary>The latest snapshot of a dimension on or before <paramref name="day"/>.</summary>
    public async Task<DayCell?> LatestAsync(string dimension, string cell, DateOnly day, CancellationToken cancellationToken) =>
        (await ReadAsync($"select day, dimension, data->'cells'->$1, (data->>'writtenAt')::timestamptz from {Table} where dimension = $2 and day <= $3 order by day desc limit 1",
            [cell, dimension, day], cancellationToken)).FirstOrDefault();

    /// <summary>On each of <paramref name="days"/>, every cell of the given network (or of all networks), by country.</summary>
    public Task<List<DayCell>> CountriesAsync(string[] dimensions, string? network, DateOnly[] days, CancellationToken cancellationToken) =>
        ReadAsync($"""
            select s.day, s.dimension, c.value, (s.data->>'writtenAt')::timestamptz, upper(split_part(c.key, '|', 1))
            from {Table} s, jsonb_each(s.data->'cells') c
            where s.dimension = any($1) and s.day = any($2) and split_part(c.key, '|', 2) = $3 and split_part(c.key, '|', 1) <> '*'
            """, [dimensions, days, CellKey.For(null, network).Split('|')[1]], cancellationToken);

    private async Task<List<DayCell>> ReadAsync(string sql, object[] parameters, CancellationToken cancellationToken)
    {
        var serializer = store.Options.Serializer();
        var rows = new List<DayCell>();
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var cell = reader.IsDBNull(2) ? new StatsCell() : serializer.FromJson<StatsCell>(reader, 2);
            rows.Add(new DayCell(reader.GetFieldValue<DateOnly>(0), reader.GetString(1), cell, reader.GetFieldValue<DateTimeOffset>(3),
                reader.FieldCount > 4 ? reader.GetString(4) : null));
        }
        return rows;
    }
}
