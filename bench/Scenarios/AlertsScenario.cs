using System.Diagnostics;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using RolesBoard.Api.Alerts;
using RolesBoard.Api.Mail;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;
using RolesBoard.Bench.Harness;

namespace RolesBoard.Bench.Scenarios;

/// <summary>
/// Alerts at the scale of the problem, in process (the work runs in background jobs, not behind an endpoint):
/// every profile holds a match alert (0.6) and a weekly saved search for two of its skills (both required). alerts_fanout: one new role offered to all of them
/// (the job's own code: saved searches through their in-memory index by skill, match alerts through the match index
/// with a threshold), against one indexed SQL query that only counts the match-alert holders sharing a skill.
/// weekly_digest: every saved search's weekly digest built and queued at once (3 pending roles each).
/// </summary>
public static class AlertsScenario
{
    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(BenchContext bench)
    {
        var store = bench.Store;
        var now = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var holders = await SeedAlertsAsync(bench, now);
        Console.WriteLine($"bench: seeded {holders.Count:N0} match alerts and {holders.Count:N0} saved searches in {clock.Elapsed.TotalSeconds:0.0} s");

        var index = new MatchAlertIndex(store);
        clock.Restart();
        await index.SyncAsync(CancellationToken.None);
        Console.WriteLine($"bench: match-alert index built over {index.Count:N0} holders in {clock.Elapsed.TotalSeconds:0.0} s");
        var searchIndex = new SavedSearchIndex(store);
        clock.Restart();
        await searchIndex.SyncAsync(CancellationToken.None);
        Console.WriteLine($"bench: saved-search index built over {searchIndex.Count:N0} searches in {clock.Elapsed.TotalSeconds:0.0} s");
        var matcher = new SavedSearchMatcher(store, searchIndex);
        var fanOut = new AlertFanOut(matcher, index, TimeProvider.System);

        await using var session = store.QuerySession();
        var roles = await session.QueryAsync<Role>($"select data from {bench.RoleTable} where status = 'Open' order by id limit ?", bench.Scale.Samples);
        var split = Stopwatch.StartNew();
        var searchesFound = 0;
        for (var i = 0; i < 20; i++)
        {
            searchesFound += (await matcher.MatchAsync(session, roles[i % roles.Count], CancellationToken.None)).Count;
        }
        var searchMs = split.Elapsed.TotalMilliseconds / 20;
        split.Restart();
        var candidates = 0;
        for (var i = 0; i < 20; i++)
        {
            candidates += index.CandidatesFor(RolesBoard.Api.Matching.RoleFacts.From(roles[i % roles.Count])).Count;
        }
        Console.WriteLine($"bench: per role, saved searches {searchMs:0.0} ms ({searchesFound / 20} found), match-index cut {split.Elapsed.TotalMilliseconds / 20:0.0} ms ({candidates / 20} candidates)");
        var found = new List<int>();
        var ours = await Timing.SampleAsync(bench.Scale.Warmup, bench.Scale.Samples, async i =>
        {
            var matches = await fanOut.MatchAsync(session, roles[i % roles.Count], CancellationToken.None);
            found.Add(matches.Count);
        });
        var baseline = await Timing.SampleAsync(bench.Scale.Warmup, bench.Scale.Samples, async i =>
            await session.QueryAsync<int>($"select count(*)::int from {bench.Schema}.mt_doc_profile where skills && ?", new object[] { roles[i % roles.Count].Skills.ToArray() }));
        var fan = new ScenarioResult("alerts_fanout", "sql_count_sharing_a_skill", Timing.Percentile(ours, 50), Timing.Percentile(ours, 95),
            Timing.Percentile(baseline, 50), Timing.Percentile(baseline, 95), "ms", "p95 <= 250 ms",
            $"{holders.Count:N0} match alerts + {holders.Count:N0} saved searches; median {Median(found)} (alert, role) matches per new role");

        var digest = await WeeklyDigestAsync(bench, holders.Count, roles, now);
        return [fan, digest];
    }

    private static async Task<List<Guid>> SeedAlertsAsync(BenchContext bench, DateTimeOffset now)
    {
        await using var session = bench.Store.QuerySession();
        var profiles = await session.QueryAsync<Profile>($"select data from {bench.Schema}.mt_doc_profile");
        var alerts = new List<Alert>();
        var confirmations = new List<EmailConfirmation>();
        foreach (var p in profiles)
        {
            var skills = p.Skills.Take(2).ToArray();
            alerts.Add(new Alert { Id = Alert.MatchAlertId(p.Id), ProfileId = p.Id, Kind = AlertKind.Match, Name = "Roles that fit", MinScore = 0.6,
                Frequency = AlertFrequency.Instant, UnsubscribeToken = Guid.NewGuid().ToString("N"), CreatedAt = now, SentThrough = now.AddDays(-8) });
            alerts.Add(new Alert { Id = Guid.NewGuid(), ProfileId = p.Id, Kind = AlertKind.SavedSearch, Name = string.Join(", ", skills),
                Criteria = new SearchCriteria(null, skills, true, [], [], null, null, null, null), Skills = [.. skills],
                Frequency = AlertFrequency.Weekly, NextDigestAt = DigestDue(now), UnsubscribeToken = Guid.NewGuid().ToString("N"), CreatedAt = now, SentThrough = now.AddDays(-8) });
            confirmations.Add(new EmailConfirmation { Id = p.Id, Email = p.Email, ConfirmedEmail = p.Email, ConfirmedAt = now });
        }
        foreach (var chunk in alerts.Chunk(20_000))
        {
            await bench.Store.BulkInsertAsync(chunk);
        }
        foreach (var chunk in confirmations.Chunk(20_000))
        {
            await bench.Store.BulkInsertAsync(chunk);
        }
        // Marten's bulk COPY leaves this nullable duplicated column empty; a stored alert has it (the job queries it).
        await using var connection = new Npgsql.NpgsqlConnection(bench.ConnectionString);
        await connection.OpenAsync();
        await using var fill = new Npgsql.NpgsqlCommand($"update {bench.Schema}.mt_doc_alert set next_digest_at = (data ->> 'nextDigestAt')::timestamptz where data ->> 'nextDigestAt' is not null", connection);
        Console.WriteLine($"bench: {await fill.ExecuteNonQueryAsync():N0} weekly alerts due at {DigestDue(now):u}");
        return [.. profiles.Select(p => p.Id)];
    }

    /// <summary>
    /// When the seeded digests fall due: a day ahead, so the running API's own alert job (which sends what is due by
    /// the real clock) leaves them alone, and the bench sends them with a clock standing just past it.
    /// </summary>
    private static DateTimeOffset DigestDue(DateTimeOffset now) => now.AddDays(1);

    private static async Task<ScenarioResult> WeeklyDigestAsync(BenchContext bench, int profiles, IReadOnlyList<Role> roles, DateTimeOffset now)
    {
        int searches;
        await using (var session = bench.Store.QuerySession())
        {
            var all = await session.Query<Alert>().Where(a => a.Kind == AlertKind.SavedSearch).Select(a => new { a.Id, a.ProfileId }).ToListAsync();
            searches = all.Count;
            var pending = all.SelectMany((a, n) => Enumerable.Range(0, 3).Select(k => roles[(n + k) % roles.Count]).Select(r => new PendingAlertRole
            {
                Id = PendingAlertRole.IdFor(a.Id, r.Id), AlertId = a.Id, ProfileId = a.ProfileId, RoleId = r.Id, RecordedAt = now,
            })).ToList();
            foreach (var chunk in pending.Chunk(50_000))
            {
                await bench.Store.BulkInsertAsync(chunk);
            }
        }
        var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var mail = new MailSettings();
        var digestMorning = new StandingClock(DigestDue(now).AddMinutes(1));
        var mailer = new AlertMailer(bench.Store, new MailOutbox(digestMorning), new AlertMessage(mail),
            new AlertMetrics(services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()), digestMorning);
        List<Guid> due;
        await using (var session = bench.Store.QuerySession())
        {
            due = [.. await session.QueryAsync<Guid>($"select id from {bench.Schema}.mt_doc_alert where kind = 'SavedSearch' and next_digest_at <= ?", digestMorning.GetUtcNow())];
        }
        if (due.Count != searches)
        {
            throw new InvalidOperationException($"The weekly digest would measure {due.Count:N0} due saved searches of {searches:N0} seeded: the seeding is wrong.");
        }
        var clock = Stopwatch.StartNew();
        var built = await mailer.SendAllAsync(due, CancellationToken.None);
        var took = clock.Elapsed;
        // Baseline: reading every pending row once, joined to its alert, in one query: the floor for any digest build.
        clock.Restart();
        await using (var session = bench.Store.QuerySession())
        {
            await session.QueryAsync<int>($"select count(*)::int from {bench.Schema}.mt_doc_pendingalertrole p join {bench.Schema}.mt_doc_alert a on a.id = p.alert_id");
        }
        var floor = clock.Elapsed;
        int queued;
        await using (var session = bench.Store.QuerySession())
        {
            queued = await session.Query<OutgoingMail>().CountAsync(m => m.Kind == "alert");
        }
        Console.WriteLine($"bench: weekly digest for {due.Count:N0} due saved searches ({profiles:N0} profiles): {built:N0} digests built, {queued:N0} mails queued in {took.TotalSeconds:0.0} s");
        if (queued == 0)
        {
            throw new InvalidOperationException("The weekly digest queued no mail: the measurement would be of nothing.");
        }
        return new ScenarioResult("weekly_digest", "one_sql_join_of_pending", took.TotalMilliseconds, took.TotalMilliseconds, floor.TotalMilliseconds, floor.TotalMilliseconds,
            "ms", "<= 10 min", $"{queued:N0} digests built and queued for {due.Count:N0} due saved searches of {profiles:N0} profiles in {took.TotalSeconds:0.0} s ({AlertMailer.BatchSize} alerts a transaction)");
    }

    /// <summary>A clock standing at one instant: the digest morning.</summary>
    private sealed class StandingClock(DateTimeOffset at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => at;
    }

    private static int Median(List<int> values) => values.Count == 0 ? 0 : values.Order().ElementAt(values.Count / 2);
}
