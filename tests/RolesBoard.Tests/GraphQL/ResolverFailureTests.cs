using Npgsql;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.GraphQL;

/// <summary>A host of its own whose co-ops table the test drops, so the coops resolver really fails.</summary>
public sealed class BrokenTableApp : RolesBoardApp;

public sealed class ResolverFailureTests(BrokenTableApp app) : IClassFixture<BrokenTableApp>
{
    [Fact]
    public async Task AFailingResolverAnswersAGenericErrorAndLeaksNoInternals()
    {
        await using (var connection = new NpgsqlConnection(app.ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"drop table {app.Schema}.mt_doc_coop cascade", connection);
            await drop.ExecuteNonQueryAsync();
        }

        var body = await app.GraphQLAsync("{ coops { totalCount } }");

        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal("coops", error["path"]![0]!.GetValue<string>());
        Assert.Equal("INTERNAL_ERROR", error["extensions"]!["code"]!.GetValue<string>());
        var text = error.ToJsonString();
        Assert.DoesNotContain("mt_doc_coop", text);
        Assert.DoesNotContain("Exception", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Postgres", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at ", text);
    }
}
