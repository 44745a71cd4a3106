using Marten;
using Npgsql;
using RolesBoard.Api.Coops;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Matching.Index;

/// <summary>
/// Builds the index from PostgreSQL at start-up (the documents, less the roles' descriptions), then every few seconds
/// picks up rows other replicas changed since the last look, and rebuilds from scratch every ten minutes so rows
/// deleted elsewhere drop out. Until the first build finishes, matching answers 503 with Retry-After (MatchIndexNotReadyError).
/// </summary>
internal sealed class MatchIndexSync(MatchIndex index, MatchIndexMetrics metrics, IDocumentStore store, TimeProvider clock, ILogger<MatchIndexSync> logger)
    : BackgroundService
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RebuildEvery = TimeSpan.FromMinutes(10);

    /// <summary>How long a writer's transaction may run between its start (its rows' mt_last_modified) and its commit.</summary>
    private static readonly TimeSpan Overlap = TimeSpan.FromSeconds(30);

    private DateTimeOffset _watermark = DateTimeOffset.MinValue;

    private string Schema => store.Options.DatabaseSchemaName;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastBuild = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (clock.GetUtcNow() - lastBuild > RebuildEvery)
                {
                    await RebuildAsync(stoppingToken);
                    lastBuild = clock.GetUtcNow();
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
            await Task.Delay(PollEvery, clock, stoppingToken);
        }
    }

    private async Task RebuildAsync(CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        var watermark = await ScalarAsync(connection, $"select greatest((select max(mt_last_modified) from {Schema}.mt_doc_role), (select max(mt_last_modified) from {Schema}.mt_doc_profile), (select max(mt_last_modified) from {Schema}.mt_doc_coop))", cancellationToken);
        var coops = await ReadCoopsAsync(connection, "true", null, cancellationToken);
        var roles = await ReadRolesAsync(connection, "d.status = 'Open'", null, cancellationToken);
        var profiles = await ReadProfilesAsync(connection, "d.visible_to_coops", null, cancellationToken);
        index.Replace(roles, profiles, coops.ToDictionary(c => c.Id, c => CoopTerms.From(c)));
        _watermark = watermark ?? _watermark;
        metrics.RecordBuild(DateTimeOffset.UtcNow - started);
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
        // transaction that began before our last look may have committed after it. Re-reading is harmless (but not
        // free: after a bulk write it is the whole window again, so only when something newer was written). From the
        // start when nothing was there at the last look, since MinValue less the overlap cannot be represented.
        var since = _watermark == DateTimeOffset.MinValue ? _watermark : _watermark - Overlap;
        var watermark = await ScalarAsync(connection, $"select greatest((select max(mt_last_modified) from {Schema}.mt_doc_role), (select max(mt_last_modified) from {Schema}.mt_doc_profile), (select max(mt_last_modified) from {Schema}.mt_doc_coop))", cancellationToken);
        if (watermark is null || watermark <= _watermark)
        {
            return;
        }
        // Co-ops first, so a role written with its co-op's new terms takes them.
        foreach (var coop in await ReadCoopsAsync(connection, "d.mt_last_modified > $1", since, cancellationToken))
        {
            index.Put(coop.Id, CoopTerms.From(coop));
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

    /// <summary>
    /// Facts are made from the documents (as for every commit), so the index and the scorer read the same fields; the
    /// descriptions, most of a role's bytes and no input to scoring, are cut off in PostgreSQL.
    /// </summary>
    private Task<List<RoleFacts>> ReadRolesAsync(NpgsqlConnection connection, string where, DateTimeOffset? since, CancellationToken cancellationToken) =>
        ReadAsync<Role, RoleFacts>(connection, $"select d.data - 'descriptionHtml' - 'descriptionText' - 'searchText' from {Schema}.mt_doc_role d where {where}", since, r => RoleFacts.From(r), cancellationToken);

    private Task<List<Coop>> ReadCoopsAsync(NpgsqlConnection connection, string where, DateTimeOffset? since, CancellationToken cancellationToken) =>
        ReadAsync<Coop, Coop>(connection, $"select d.data from {Schema}.mt_doc_coop d where {where}", since, c => c, cancellationToken);

    private Task<List<SeekerFacts>> ReadProfilesAsync(NpgsqlConnection connection, string where, DateTimeOffset? since, CancellationToken cancellationToken) =>
        ReadAsync<Profile, SeekerFacts>(connection, $"select d.data from {Schema}.mt_doc_profile d where {where}", since, SeekerFacts.From, cancellationToken);

    private async Task<List<TFacts>> ReadAsync<TDocument, TFacts>(NpgsqlConnection connection, string sql, DateTimeOffset? since, Func<TDocument, TFacts> facts, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (since is { } value)
        {
            command.Parameters.AddWithValue(value);
        }
        var serializer = store.Options.Serializer();
        var entries = new List<TFacts>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(facts(serializer.FromJson<TDocument>(reader, 0)));
        }
        return entries;
    }

    private static async Task<DateTimeOffset?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;
    }
}
