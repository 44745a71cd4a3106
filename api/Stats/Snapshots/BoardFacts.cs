using Marten;
using Npgsql;
using RolesBoard.Api.Coops;

namespace RolesBoard.Api.Stats.Snapshots;

/// <summary>A role as the stats see it: where, when it opened and ended, and what it asks.</summary>
public sealed record RoleFact(Guid CoopId, string? Country, DateTimeOffset Posted, DateTimeOffset? Ended, bool StatesPay, string[] Skills);

/// <summary>
/// What one run reads about co-ops and roles, once, for every dimension. Roles come as a few columns straight from
/// PostgreSQL (no descriptions, no JSON documents): 100,000 of them load in well under a second. Scraped copies
/// linked to a role the co-op posted are left out: they are the same role.
/// </summary>
public sealed class BoardFacts
{
    public required IReadOnlyDictionary<Guid, Coop> Coops { get; init; }
    public required IReadOnlyList<RoleFact> Roles { get; init; }

    /// <summary>The cell keys a role counts in: its country (or its co-op's) and its co-op's networks.</summary>
    public string[] CellsOf(RoleFact role, Coop coop) => CellKey.Expand(role.Country ?? coop.Country, coop.Networks);

    public DateOnly? Earliest()
    {
        var dates = Roles.Select(r => r.Posted).Concat(Coops.Values.Select(c => c.CreatedAt)).ToList();
        return dates.Count == 0 ? null : SnapshotDays.DayOf(dates.Min());
    }

    public static async Task<BoardFacts> LoadAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        Dictionary<Guid, Coop> coops;
        await using (var session = store.QuerySession())
        {
            coops = (await session.Query<Coop>().ToListAsync(cancellationToken)).ToDictionary(c => c.Id);
        }
        var schema = store.Options.DatabaseSchemaName;
        var roles = new List<RoleFact>();
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        // A role ends when it is closed or its closing date passes, whichever comes first.
        await using var command = new NpgsqlCommand($"""
            select d.coop_id, d.country, d.date_posted,
                   least(case when d.status = 'Closed' then coalesce((d.data->>'closedAt')::timestamptz, d.mt_last_modified) end, d.expires_at),
                   jsonb_typeof(d.data->'salary') = 'object', coalesce(d.skills, array[]::text[])
            from {schema}.mt_doc_role d where d.data->>'linkedRoleId' is null
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            roles.Add(new RoleFact(
                reader.GetGuid(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.GetFieldValue<DateTimeOffset>(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3),
                !reader.IsDBNull(4) && reader.GetBoolean(4),
                reader.GetFieldValue<string[]>(5)));
        }
        return new BoardFacts { Coops = coops, Roles = roles };
    }
}
