using RolesBoard.Api.Roles;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Ingestion;

[Collection(nameof(IngestionCollection))]
public sealed class ScrapingRolesTests(IngestionApp app) : CareersSiteTests
{
    protected override IngestionApp App => app;

    [Fact]
    public async Task FirstRunCreatesRolesAndARerunDoesNotDuplicateThem()
    {
        Site.StampsEachPage = true; // read again, not recognised as unchanged
        var coop = await app.CoopWithCareersPageAsync(Site);

        var first = await app.ScrapeOnceAsync(coop);
        Assert.Equal("SUCCEEDED", first.Text("outcome"));
        Assert.Equal((2, 2), (first.Number("found"), first.Number("created")));
        Assert.Equal("json-ld", first.Text("format"), ignoreCase: true);

        var second = await app.ScrapeOnceAsync(coop);
        Assert.Equal((2, 0, 0), (second.Number("found"), second.Number("created"), second.Number("updated")));
        var roles = await app.RolesOfAsync(coop.Id);
        Assert.Equal(["Backend Developer", "Designer"], roles.Select(r => r.Title));
        Assert.All(roles, r =>
        {
            Assert.Equal(RoleSource.Scraped, r.Source);
            Assert.Equal(Site.JobsUrl.AbsoluteUri, r.SourceUrl);
            Assert.Equal("GB", r.Country);
            Assert.Contains("PostgreSQL", r.Skills);
            Assert.NotNull(r.LastSeenAt);
        });
        var listed = await app.GraphQLAsync("query($slug: String!) { coop(slug: $slug) { roles { totalCount } } }", new { slug = coop.Slug });
        Assert.Equal(2, listed["data"]!["coop"]!["roles"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task ARoleMissingOnceStaysOpenMissingTwiceClosesAndReopensWhenItReappears()
    {
        var coop = await app.CoopWithCareersPageAsync(Site);
        await app.ScrapeOnceAsync(coop);

        Site.Roles = ["Backend Developer"];
        Assert.Equal(0, (await app.ScrapeOnceAsync(coop)).Number("closed"));
        var designer = (await app.RolesOfAsync(coop.Id)).Single(r => r.Title == "Designer");
        Assert.Equal((RoleStatus.Open, 1), (designer.Status, designer.MissedScrapes));

        Assert.Equal(1, (await app.ScrapeOnceAsync(coop)).Number("closed"));
        designer = (await app.RolesOfAsync(coop.Id)).Single(r => r.Title == "Designer");
        Assert.Equal(RoleStatus.Closed, designer.Status);
        Assert.NotNull(designer.ClosedAt);

        Site.Roles = ["Backend Developer", "Designer"];
        var back = await app.ScrapeOnceAsync(coop);
        Assert.Equal((1, 0), (back.Number("reopened"), back.Number("created")));
        designer = (await app.RolesOfAsync(coop.Id)).Single(r => r.Title == "Designer");
        Assert.Equal((RoleStatus.Open, null, 0), (designer.Status, designer.ClosedAt, designer.MissedScrapes));
    }

    [Fact]
    public async Task ARunThatFindsNoRolesClosesNothing()
    {
        var coop = await app.CoopWithCareersPageAsync(Site);
        await app.ScrapeOnceAsync(coop);

        Site.Roles = [];
        for (var i = 0; i < 3; i++)
        {
            var run = await app.ScrapeOnceAsync(coop);
            Assert.Equal(("SUCCEEDED", 0, 0), (run.Text("outcome"), run.Number("found"), run.Number("closed")));
        }
        Assert.All(await app.RolesOfAsync(coop.Id), r => Assert.Equal((RoleStatus.Open, 0), (r.Status, r.MissedScrapes)));
    }

    [Fact]
    public async Task AServerErrorRecordsAFailedRunAndClosesNothing()
    {
        var coop = await app.CoopWithCareersPageAsync(Site);
        await app.ScrapeOnceAsync(coop);

        Site.JobsStatus = 500;
        for (var i = 0; i < 3; i++)
        {
            var run = await app.ScrapeOnceAsync(coop);
            Assert.Equal(("FAILED", 0), (run.Text("outcome"), run.Number("closed")));
            Assert.False(string.IsNullOrEmpty(run["error"]?.GetValue<string>()));
        }
        Assert.All(await app.RolesOfAsync(coop.Id), r => Assert.Equal((RoleStatus.Open, 0), (r.Status, r.MissedScrapes)));
        var runs = await app.GraphQLAsync("query($id: ID!) { scrapeRuns(coopId: $id) { outcome } }", new { id = coop.Id }, coop.ApiKey);
        Assert.Equal(["FAILED", "FAILED", "FAILED", "SUCCEEDED"], runs["data"]!["scrapeRuns"]!.AsArray().Select(r => r!["outcome"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AnUnchangedPageCountsAsSeeingEveryRole()
    {
        Site.ETag = "\"v1\"";
        var coop = await app.CoopWithCareersPageAsync(Site);
        await app.ScrapeOnceAsync(coop);
        var before = (await app.RolesOfAsync(coop.Id)).Select(r => r.LastSeenAt).ToList();

        var run = await app.ScrapeOnceAsync(coop);
        Assert.Equal(("NOT_MODIFIED", 0), (run.Text("outcome"), run.Number("closed")));
        var after = await app.RolesOfAsync(coop.Id);
        Assert.All(after, r => Assert.Equal(RoleStatus.Open, r.Status));
        Assert.All(after.Zip(before), pair => Assert.True(pair.First.LastSeenAt > pair.Second));
    }

    [Fact]
    public async Task AScrapedRoleMatchingAPostedOneIsLinkedNotDuplicated()
    {
        Site.Roles = ["Backend Developers", "Designer"];
        var coop = await app.CoopWithCareersPageAsync(Site);
        var postedId = await app.PostRoleIdAsync(coop.ApiKey, new { title = "Backend developer", description = "Posted by hand." });

        var run = await app.ScrapeOnceAsync(coop);
        Assert.Equal((1, 1), (run.Number("linked"), run.Number("created")));
        await app.ScrapeOnceAsync(coop);

        var roles = await app.RolesOfAsync(coop.Id);
        Assert.Equal(2, roles.Count(r => r.Status == RoleStatus.Open));
        var posted = roles.Single(r => r.Id == Guid.Parse(postedId));
        Assert.Equal((RoleSource.Posted, "Posted by hand."), (posted.Source, posted.DescriptionText));
        Assert.NotNull(posted.LastSeenAt);
    }

    [Fact]
    public async Task TheSourcesTermsAreRecordedAndAForbiddingOneStopsSyndication()
    {
        Site.Terms = "Copyright 2026 A co-op. All rights reserved.";
        var coop = await app.CoopWithCareersPageAsync(Site);
        await app.ScrapeOnceAsync(coop);

        Assert.All(await app.RolesOfAsync(coop.Id), r =>
        {
            Assert.Equal(Site.Terms, r.SourceTerms);
            Assert.False(r.Syndicate);
        });
    }

    [Fact]
    public async Task ATarpitSiteIsStoppedAtTheCoopsTimeBudget()
    {
        // The site holds every answer for 30 s; the co-op's run gets 5 s (IngestionApp), then the next co-op's turn comes.
        Site.JobsDelay = TimeSpan.FromSeconds(30);
        var coop = await app.CoopWithCareersPageAsync(Site);
        var payload = await app.ScrapeNowAsync(coop.Id, coop.ApiKey);

        var run = payload["runs"]!.AsArray().Single()!;
        Assert.Equal("FAILED", run.Text("outcome"));
        Assert.Contains("time budget", run.Text("error"));
    }

    [Fact]
    public async Task TheApiHonoursAForbiddingSourceLikeTheFeedsDo()
    {
        Site.Terms = "Copyright 2026 A co-op. All rights reserved.";
        var coop = await app.CoopWithCareersPageAsync(Site);
        await app.ScrapeOnceAsync(coop);

        var role = (await app.RolesOfAsync(coop.Id))[0];
        var body = await app.GraphQLAsync("query($id: ID!) { role(id: $id) { description descriptionText } }", new { id = role.Id });
        var answered = body["data"]!["role"]!;
        Assert.DoesNotContain("Join us as", answered.Text("description"));
        Assert.DoesNotContain("Join us as", answered.Text("descriptionText"));
        Assert.Contains(role.SourceUrl!, answered.Text("descriptionText"));
    }

    [Fact]
    public async Task TwoConcurrentScrapeNowCallsScrapeTheSiteOnce()
    {
        var coop = await app.CoopWithCareersPageAsync(Site);
        Site.JobsDelay = TimeSpan.FromSeconds(1.5);

        var payloads = await Task.WhenAll(app.ScrapeNowAsync(coop.Id, coop.ApiKey), app.ScrapeNowAsync(coop.Id, RolesBoardApp.AdminKey));

        Assert.Equal(1, Site.JobsRequests);
        Assert.Single(payloads, p => p["errors"]!.AsArray().Count == 0 && p["runs"]!.AsArray().Count == 1);
        Assert.Single(payloads, p => p.Codes().SequenceEqual(["SCRAPE_IN_PROGRESS"]));
        Assert.Equal(2, (await app.RolesOfAsync(coop.Id)).Count);
    }
}
