using Marten;
using Npgsql;

namespace RolesBoard.Api.Roles;

/// <summary>
/// Keeps mt_doc_role.search_vector = to_tsvector('english', searchText) on every insert, update and COPY, so full-text
/// filtering and ts_rank read a stored vector. The column and its GIN index are declared through Marten
/// (DocumentConfiguration); only this trigger is ours, applied after Marten's own schema changes.
/// to_tsvector is the dearest part of writing a role, and most updates do not touch the searched text (a scrape that
/// finds a role again moves only its last-seen time): an update whose searchText is unchanged keeps the stored vector.
/// </summary>
public static class SearchVectorTrigger
{
    public static async Task ApplyAsync(NpgsqlConnection connection, string schema, CancellationToken cancellationToken = default)
    {
        // On update the trigger runs only when the vector could be stale: Marten's upsert writes the duplicated column
        // as null, and a statement may change the text. When the text is the same, the old vector is put back as it is.
        var sql = $"""
            create or replace function {schema}.rb_role_search_vector() returns trigger language plpgsql as $$
            begin
              if tg_op = 'UPDATE' and new.data ->> 'searchText' is not distinct from old.data ->> 'searchText' and old.search_vector is not null then
                new.search_vector := old.search_vector;
              else
                new.search_vector := to_tsvector('english'::regconfig, coalesce(new.data ->> 'searchText', ''));
              end if;
              return new;
            end $$;
            drop trigger if exists rb_role_search_vector on {schema}.mt_doc_role;
            drop trigger if exists rb_role_search_vector_update on {schema}.mt_doc_role;
            create trigger rb_role_search_vector before insert on {schema}.mt_doc_role
              for each row execute function {schema}.rb_role_search_vector();
            create trigger rb_role_search_vector_update before update on {schema}.mt_doc_role
              for each row when (new.search_vector is distinct from old.search_vector or new.data ->> 'searchText' is distinct from old.data ->> 'searchText')
              execute function {schema}.rb_role_search_vector();
            update {schema}.mt_doc_role set search_vector = to_tsvector('english'::regconfig, coalesce(data ->> 'searchText', ''))
              where search_vector is null;
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>
/// Applies the trigger (and the table's fill factor) at start-up, after Marten's schema hosted service (AddStorage registers that one before AddRoles
/// registers this, so it starts first).
/// </summary>
internal sealed class SearchVectorSetup(IDocumentStore store) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // A connection of its own: a Marten session would hold the DDL in a transaction it never commits.
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await SearchVectorTrigger.ApplyAsync(connection, store.Options.DatabaseSchemaName, cancellationToken);
        await RoleTableFill.ApplyAsync(connection, store.Options.DatabaseSchemaName, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
