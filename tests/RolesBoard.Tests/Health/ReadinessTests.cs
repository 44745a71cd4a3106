using System.Net;
using Npgsql;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Health;

[Collection(nameof(BoardCollection))]
public sealed class ReadinessTests(RolesBoardApp app)
{
    [Fact]
    public async Task ReadinessIsUnavailableUntilTheMatchIndexIsBuilt()
    {
        await app.ResetAsync();
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await ReadinessAsync(app));

        // A profile the index cannot read (skills must be a list) makes every build fail, as a bug or a bad row would.
        var unreadable = Guid.NewGuid();
        await ExecuteAsync($"insert into {app.Schema}.mt_doc_profile (id, data, visible_to_coops) values ('{unreadable}', '{{\"skills\": 5}}', true)");
        try
        {
            await using var replica = new AppOnSchema(app.Schema, app.ConnectionString);
            await replica.InitializeAsync();
            Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), await ReadinessAsync(replica));

            // Once the row is gone, the next build (within seconds) succeeds.
            await ExecuteAsync($"delete from {app.Schema}.mt_doc_profile where id = '{unreadable}'");
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while ((await ReadinessAsync(replica)).Body != "Healthy" && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
            Assert.Equal((HttpStatusCode.OK, "Healthy"), await ReadinessAsync(replica));
        }
        finally
        {
            await ExecuteAsync($"delete from {app.Schema}.mt_doc_profile where id = '{unreadable}'");
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<(HttpStatusCode Status, string Body)> ReadinessAsync(RolesBoardApp host)
    {
        using var client = host.CreateClient();
        using var response = await client.GetAsync("/health/ready");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
