using Marten;
using Npgsql;

namespace RolesBoard.Api.Stats.Snapshots;

/// <summary>
/// Figures about people, for the whole board only (one cell, never by country or network, so no filter narrows a
/// count down to a handful): seekers registered and in total, introductions requested and accepted. Readers
/// publish them only through <see cref="PeopleCount"/>. Counted in PostgreSQL by day: only counts leave it.
/// </summary>
public sealed class PeopleDimension(IDocumentStore store) : IStatsDimension
{
    public const string Dimension = "people";
    public const string Seekers = "seekers";
    public const string SeekersRegistered = "seekersRegistered";
    public const string IntroductionsRequested = "introductionsRequested";
    public const string IntroductionsAccepted = "introductionsAccepted";

    public string Name => Dimension;

    public async Task<IReadOnlyList<StatsSnapshot>> SnapshotAsync(SnapshotDays days, BoardFacts facts, CancellationToken cancellationToken)
    {
        var schema = store.Options.DatabaseSchemaName;
        var counters = new DailyCounters(days);
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        foreach (var (day, count) in await PerDayAsync(connection, $"select (data->>'createdAt')::timestamptz from {schema}.mt_doc_profile", cancellationToken))
        {
            var index = days.Index(day);
            for (var i = 0; i < count; i++)
            {
                counters.Count(CellKey.Everything, SeekersRegistered, index);
                counters.Hold(CellKey.Everything, Seekers, index, days.Count - 1);
            }
        }
        await CountAsync(connection, counters, days, IntroductionsRequested,
            $"select (data->>'requestedAt')::timestamptz from {schema}.mt_doc_introduction", cancellationToken);
        await CountAsync(connection, counters, days, IntroductionsAccepted,
            $"select (data->>'answeredAt')::timestamptz from {schema}.mt_doc_introduction where data->>'status' = 'Accepted'", cancellationToken);
        return counters.ToSnapshots(Dimension);
    }

    private static async Task CountAsync(NpgsqlConnection connection, DailyCounters counters, SnapshotDays days, string figure, string times, CancellationToken cancellationToken)
    {
        foreach (var (day, count) in await PerDayAsync(connection, times, cancellationToken))
        {
            for (var i = 0; i < count; i++)
            {
                counters.Count(CellKey.Everything, figure, days.Index(day));
            }
        }
    }

    private static async Task<List<(DateOnly Day, long Count)>> PerDayAsync(NpgsqlConnection connection, string times, CancellationToken cancellationToken)
    {
        var rows = new List<(DateOnly, long)>();
        await using var command = new NpgsqlCommand($"select (t at time zone 'UTC')::date, count(*) from ({times}) as x(t) where t is not null group by 1", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetFieldValue<DateOnly>(0), reader.GetInt64(1)));
        }
        return rows;
    }
}
