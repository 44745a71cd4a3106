using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RolesBoard.Api.Coops;
using RolesBoard.Api.Storage;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Storage;

/// <summary>The board's connections prepare the statements they repeat, and still plan each use for its own parameters.</summary>
[Collection(nameof(BoardCollection))]
public sealed class ConnectionTuningTests(RolesBoardApp app)
{
    [Fact]
    public async Task AStatementTheBoardRepeatsOnAConnectionIsPreparedAndStillPlannedForEachUse()
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        for (var i = 0; i < 3; i++)
        {
            await session.Query<Coop>().Where(c => c.Slug == $"nobody-{i}").ToListAsync();
        }
        var connection = (NpgsqlConnection)session.Connection!;
        await using var prepared = new NpgsqlCommand("select count(*) from pg_prepared_statements where statement like '%mt_doc_coop%'", connection);
        Assert.True((long)(await prepared.ExecuteScalarAsync())! >= 1);
        await using var mode = new NpgsqlCommand("show plan_cache_mode", connection);
        Assert.Equal("force_custom_plan", await mode.ExecuteScalarAsync());
    }

    [Fact]
    public void AnOperatorsOwnSettingsInTheConnectionStringWin()
    {
        var untouched = new NpgsqlConnectionStringBuilder(ConnectionTuning.Apply("Host=db;Max Auto Prepare=0;Options=-c plan_cache_mode=auto"));
        Assert.Equal((0, "-c plan_cache_mode=auto"), (untouched.MaxAutoPrepare, untouched.Options));

        var tuned = new NpgsqlConnectionStringBuilder(ConnectionTuning.Apply("Host=db;Options=-c statement_timeout=5000"));
        Assert.Equal((ConnectionTuning.MaxAutoPrepare, 2, "-c statement_timeout=5000 -c plan_cache_mode=force_custom_plan"),
            (tuned.MaxAutoPrepare, tuned.AutoPrepareMinUsages, tuned.Options));
    }
}
