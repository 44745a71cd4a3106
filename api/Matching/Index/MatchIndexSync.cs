using Marten;
using Npgsql;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Matching.Index;

/// <summary>
/// Builds the index from PostgreSQL at start-up (reading only the duplicated columns, no JSON), then every few seconds
/// picks up rows other replicas changed since the last look, and rebuilds from scratch every ten minutes so rows
/// deleted elsewhere drop out. Until the first build finishes, matching falls back to SQL preselection.
/// </summary>
internal sealed class MatchIndexSync(MatchIndex index, IDocumentStore store, ILogger<MatchIndexSync> logger) : BackgroundService
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RebuildEvery = TimeSpan.FromMinutes(10);

    private DateTimeOffset _watermark = DateTimeOffset.MinValue;

    private string Schema => store.Options.DatabaseSchemaName;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastBuild = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (DateTimeOffset.UtcNow - lastBuild > RebuildEvery)
                {
                    await RebuildAsync(stoppingToken);
                    lastBuild = DateTimeOffset.UtcNow;
                }
                else
                {
                    await CatchUpAsync(stoppingToken);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Whatever went wrong (an outage, a schema not there yet), a background sync must never stop the host:
                // keep serving from what we have (matching re-checks every proposal) and try again.
                logger.LogWarning(e, "Match index sync failed; retrying");
            }
            await Task.Delay(PollEvery, stoppingToken);
        }
    }

    private async Task RebuildAsync(CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        var watermark = await ScalarAsync(connection, $"select greatest((select max(mt_last_modified) from {Schema}.mt_doc_role), (select max(mt_last_modified) from {Schema}.mt_doc_profile))", cancellationToken);
        var roles = await ReadRolesAsync(connection, "d.status = 'Open'", null, cancellationToken);
        var profiles = await ReadProfilesAsync(connection, "d.visible_to_coops", null, cancellationToken);
        index.Replace(roles, profiles);
        _watermark = watermark ?? _watermark;
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Match index built: {Roles} open roles, {Profiles} visible profiles in {Ms:0} ms",
                roles.Count, profiles.Count, (DateTimeOffset.UtcNow - started).TotalMilliseconds);
        }
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        // Re-read a little before the last watermark: mt_last_modified is the writer's transaction start, so a
        // transaction that began before our last look may have committed after it. Re-reading is harmless.
        var since = _watermark - TimeSpan.FromSeconds(30);
        var watermark = await ScalarAsync(connection, $"select greatest((select max(mt_last_modified) from {Schema}.mt_doc_role), (select max(mt_last_modified) from {Schema}.mt_doc_profile))", cancellationToken);
        if (watermark is null || watermark <= _watermark)
        {
            return;
        }
        foreach (var role in await ReadRolesAsync(connection, "d.mt_last_modified > $1", since, cancellationToken))
        {
            index.Put(role);
        }
        foreach (var profile in await ReadProfilesAsync(connection, "d.mt_last_modified > $1", since, cancellationToken))
        {
            index.Put(profile);
        }
        _watermark = watermark.Value;
    }

    private async Task<List<RoleEntry>> ReadRolesAsync(NpgsqlConnection connection, string where, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"select d.id, coalesce(d.skills, '{{}}'), d.country, d.remote, coalesce(d.remote_regions, '{{}}'), d.date_posted, d.expires_at, d.status = 'Open', d.employment_type, d.salary_max_yearly_gbp from {Schema}.mt_doc_role d where {where}", connection);
        if (since is { } value)
        {
            command.Parameters.AddWithValue(value);
        }
        var entries = new List<RoleEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new RoleEntry(reader.GetGuid(0), reader.GetFieldValue<string[]>(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : Enum.Parse<RemotePolicy>(reader.GetString(3)), reader.GetFieldValue<string[]>(4),
                reader.GetFieldValue<DateTimeOffset>(5), reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6), reader.GetBoolean(7),
                reader.IsDBNull(8) ? null : Enum.Parse<EmploymentType>(reader.GetString(8)), reader.IsDBNull(9) ? null : reader.GetDouble(9)));
        }
        return entries;
    }

    private async Task<List<ProfileEntry>> ReadProfilesAsync(NpgsqlConnection connection, string where, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"select d.id, coalesce(d.skills, '{{}}'), d.country, coalesce(d.will_relocate, false), coalesce(d.visible_to_coops, false) from {Schema}.mt_doc_profile d where {where}", connection);
        if (since is { } value)
        {
            command.Parameters.AddWithValue(value);
        }
        var entries = new List<ProfileEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new ProfileEntry(reader.GetGuid(0), reader.GetFieldValue<string[]>(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetBoolean(3), reader.GetBoolean(4)));
        }
        return entries;
    }

    private static async Task<DateTimeOffset?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;
    }
}
