using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RolesBoard.Api.Roles;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Ingestion;

[Collection(nameof(IngestionCollection))]
public sealed class RefreshingRolesTests(IngestionApp app) : CareersSiteTests
{
    protected override IngestionApp App => app;

    [Fact]
    public async Task ARoleReadExactlyAsBeforeOnlyHasItsLastSeenTimeMoved()
    {
        Site.StampsEachPage = true; // read again, not recognised as unchanged
        var coop = await app.CoopWithCareersPageAsync(Site);
        await app.ScrapeOnceAsync(coop);
        var before = (await app.RolesOfAsync(coop.Id)).ToDictionary(r => r.Title);

        var again = await app.ScrapeOnceAsync(coop);
        Assert.Equal((2, 0, 0), (again.Number("found"), again.Number("created"), again.Number("updated")));
        foreach (var role in await app.RolesOfAsync(coop.Id))
        {
            Assert.True(role.LastSeenAt > before[role.Title].LastSeenAt);
            Assert.Equal(before[role.Title].UpdatedAt, role.UpdatedAt);
            Assert.Equal(before[role.Title].DescriptionHtml, role.DescriptionHtml);
        }
    }

    [Fact]
    public async Task AnUnchangedPageMovesOnlyTheLastSeenTimeOfItsRoles()
    {
        var coop = await app.CoopWithCareersPageAsync(Site);
        await app.ScrapeOnceAsync(coop);
        var before = (await app.RolesOfAsync(coop.Id)).ToDictionary(r => r.Title);

        (Site.ETag, Site.StampsEachPage) = ("\"v1\"", true);
        var full = await app.ScrapeOnceAsync(coop);
        var unchanged = await app.ScrapeOnceAsync(coop);
        Assert.Equal(("SUCCEEDED", "NOT_MODIFIED"), (full.Text("outcome"), unchanged.Text("outcome")));
        Assert.Equal((0, 0, 0, 0), (unchanged.Number("created"), unchanged.Number("updated"), unchanged.Number("closed"), unchanged.Number("reopened")));
        foreach (var role in await app.RolesOfAsync(coop.Id))
        {
            var was = before[role.Title];
            Assert.True(role.LastSeenAt > was.LastSeenAt);
            Assert.Equal((was.Status, was.UpdatedAt, was.ScrapeFingerprint, was.SearchText, 0), (role.Status, role.UpdatedAt, role.ScrapeFingerprint, role.SearchText, role.MissedScrapes));
        }
    }

    [Fact]
    public async Task APageServedAgainUnchangedWithoutValidatorsIsNotReadAgainAndOnlyItsRolesLastSeenTimeMoves()
    {
        var coop = await app.CoopWithCareersPageAsync(Site);
        await app.ScrapeOnceAsync(coop);
        var before = (await app.RolesOfAsync(coop.Id)).ToDictionary(r => r.Title);

        var again = await app.ScrapeOnceAsync(coop);
        Assert.Equal(("NOT_MODIFIED", 0, 0), (again.Text("outcome"), again.Number("created"), again.Number("updated")));
        foreach (var role in await app.RolesOfAsync(coop.Id))
        {
            var was = before[role.Title];
            Assert.True(role.LastSeenAt > was.LastSeenAt);
            Assert.Equal((was.Status, was.UpdatedAt, was.ScrapeFingerprint, 0), (role.Status, role.UpdatedAt, role.ScrapeFingerprint, role.MissedScrapes));
        }

        // A change anywhere on the page is read.
        Site.Roles = [.. Site.Roles, "Data Engineer"];
        var changed = await app.ScrapeOnceAsync(coop);
        Assert.Equal(("SUCCEEDED", 1), (changed.Text("outcome"), changed.Number("created")));
    }

    [Fact]
    public async Task ARoleMissingFromAPageThatThenAnswersNotModifiedIsMissingStillAndCloses()
    {
        Site.ETag = "\"v1\"";
        var coop = await app.CoopWithCareersPageAsync(Site);
        await app.ScrapeOnceAsync(coop);
        (Site.Roles, Site.ETag) = (["Backend Developer"], "\"v2\"");
        Assert.Equal(("SUCCEEDED", 0), ((await app.ScrapeOnceAsync(coop)).Text("outcome"), (await app.RolesOfAsync(coop.Id)).Count(r => r.Status == RoleStatus.Closed)));

        // A 304 says the page is as it was when the designer went missing: that is a second miss, not a sighting.
        var unchanged = await app.ScrapeOnceAsync(coop);
        Assert.Equal(("NOT_MODIFIED", 1), (unchanged.Text("outcome"), unchanged.Number("closed")));
        var roles = (await app.RolesOfAsync(coop.Id)).ToDictionary(r => r.Title);
        Assert.Equal((RoleStatus.Closed, RoleStatus.Open), (roles["Designer"].Status, roles["Backend Developer"].Status));
    }

    [Fact]
    public async Task ASelectorRuleSetWhileARefreshFetchesIsReadOnTheNextScrape()
    {
        Site.ETag = "\"v1\"";
        var coop = await app.CoopWithCareersPageAsync(Site);
        await app.ScrapeOnceAsync(coop);

        // The rule clears the source's validators while the refresh waits for the page: the refresh must not put back
        // the validators it started with, or the next scrape would be a 304 and never read the page with the rule.
        Site.JobsDelay = TimeSpan.FromSeconds(1);
        var refresh = app.ScrapeOnceAsync(coop);
        while (Site.JobsRequests < 2)
        {
            await Task.Delay(20);
        }
        var set = await app.GraphQLAsync("""
            mutation($id: ID!, $url: String!) { setSelectorRule(coopId: $id, sourceUrl: $url, rule: null) { errors { code } } }
            """, new { id = coop.Id, url = Site.JobsUrl.AbsoluteUri }, coop.ApiKey);
        Assert.Empty(set["data"]!["setSelectorRule"]!["errors"]!.AsArray());
        Assert.Equal("NOT_MODIFIED", (await refresh).Text("outcome"));

        Site.JobsDelay = TimeSpan.Zero;
        Assert.Equal("SUCCEEDED", (await app.ScrapeOnceAsync(coop)).Text("outcome"));
    }

    [Fact]
    public async Task ARoleThatChangedIsRewrittenWhole()
    {
        var coop = await app.CoopWithCareersPageAsync(Site);
        await app.ScrapeOnceAsync(coop);
        Site.Terms = "https://creativecommons.org/licenses/by/4.0/";

        var again = await app.ScrapeOnceAsync(coop);
        Assert.Equal(2, again.Number("updated"));
        Assert.All(await app.RolesOfAsync(coop.Id), r => Assert.Equal("https://creativecommons.org/licenses/by/4.0/", r.SourceTerms));
    }

    [Fact]
    public async Task ARoleReadAgainKeepsItsSearchVectorInsteadOfRecomputingIt()
    {
        var coop = await app.CoopWithCareersPageAsync(Site);
        await app.ScrapeOnceAsync(coop);
        // A vector no to_tsvector would make, written with triggers off: it survives only if no trigger recomputes it.
        await SetSearchVectorsAsync(coop.Id, "'sentinel'");

        await app.ScrapeOnceAsync(coop);
        Assert.Equal(["'sentinel'", "'sentinel'"], await SearchVectorsAsync(coop.Id));

        // Rewritten whole (new terms), the searched text still the same: the vector is kept too.
        Site.Terms = "https://creativecommons.org/licenses/by/4.0/";
        Assert.Equal(2, (await app.ScrapeOnceAsync(coop)).Number("updated"));
        Assert.Equal(["'sentinel'", "'sentinel'"], await SearchVectorsAsync(coop.Id));
    }

    private async Task SetSearchVectorsAsync(string coopId, string vector)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            $"set session_replication_role = replica; update {Schema}.mt_doc_role set search_vector = @vector::tsvector where coop_id = @coop", connection);
        command.Parameters.AddWithValue("vector", vector);
        command.Parameters.AddWithValue("coop", Guid.Parse(coopId));
        await command.ExecuteNonQueryAsync();
    }

    private async Task<List<string>> SearchVectorsAsync(string coopId)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand($"select search_vector::text from {Schema}.mt_doc_role where coop_id = @coop", connection);
        command.Parameters.AddWithValue("coop", Guid.Parse(coopId));
        var vectors = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            vectors.Add(reader.GetString(0));
        }
        return vectors;
    }

    private string Schema => app.Services.GetRequiredService<IDocumentStore>().Options.DatabaseSchemaName;

    private static async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(await TestDatabase.ConnectionStringAsync());
        await connection.OpenAsync();
        return connection;
    }
}
