using System.Globalization;
using Marten;
using Npgsql;

namespace RolesBoard.Api.Stats.Snapshots;

/// <summary>
/// Co-ops per day and cell, at the day's end: registered, verified, active (a role open at some time in the 90 days
/// up to then), paying flat, with careers pages found, and scraped successfully that day; and the months each takes
/// to offer membership. Documents keep no history of flat pay, membership terms or careers pages, so a backfill
/// applies today's values to each co-op from the day it registered.
/// </summary>
public sealed class CoopsDimension(IDocumentStore store) : IStatsDimension
{
    public const string Dimension = "coops";
    public const string Registered = "registered";
    public const string Verified = "verified";
    public const string Active = "active";
    public const string FlatPay = "flatPay";
    public const string CareersPagesFound = "careersPagesFound";
    public const string ScrapedSuccessfully = "scrapedSuccessfully";
    public const string MonthsToMembership = "monthsToMembership";
    public static readonly TimeSpan ActiveWindow = TimeSpan.FromDays(90);

    public string Name => Dimension;

    public async Task<IReadOnlyList<StatsSnapshot>> SnapshotAsync(SnapshotDays days, BoardFacts facts, CancellationToken cancellationToken)
    {
        var counters = new DailyCounters(days);
        var active = ActiveDays(days, facts);
        var scraped = await ScrapedAsync(days, cancellationToken);
        foreach (var coop in facts.Coops.Values)
        {
            var cells = CellKey.Expand(coop.Country, coop.Networks);
            var registered = days.FirstIndexFrom(coop.CreatedAt);
            var verified = coop.Verified ? days.FirstIndexFrom(coop.VerifiedAt ?? coop.CreatedAt) : int.MaxValue;
            foreach (var cell in cells)
            {
                counters.Hold(cell, Registered, registered, days.Count - 1);
                counters.Hold(cell, Verified, verified, days.Count - 1);
                if (coop.FlatPay == true)
                {
                    counters.Hold(cell, FlatPay, registered, days.Count - 1);
                }
                if (coop.CareersUrls.Count > 0)
                {
                    counters.Hold(cell, CareersPagesFound, registered, days.Count - 1);
                }
                foreach (var (from, to) in active.GetValueOrDefault(coop.Id) ?? [])
                {
                    counters.Hold(cell, Active, from, to);
                }
                for (var day = Math.Max(registered, 0); day < days.Count; day++)
                {
                    if (scraped.Contains((coop.Id, day)))
                    {
                        counters.Count(cell, ScrapedSuccessfully, day);
                    }
                    if (coop.MembershipAfterMonths is { } months)
                    {
                        counters.Tally(cell, MonthsToMembership, day, months.ToString(CultureInfo.InvariantCulture));
                    }
                }
            }
        }
        return counters.ToSnapshots(Dimension);
    }

    /// <summary>Each co-op's active days, merged from its roles' (open, plus 90 days after they end).</summary>
    private static Dictionary<Guid, List<(int From, int To)>> ActiveDays(SnapshotDays days, BoardFacts facts)
    {
        var ranges = new Dictionary<Guid, List<(int From, int To)>>();
        foreach (var group in facts.Roles.GroupBy(r => r.CoopId))
        {
            var spans = group
                .Select(r => (From: Math.Max(days.FirstIndexFrom(r.Posted), 0), To: days.LastIndexBefore(r.Ended + ActiveWindow)))
                .Where(s => s.From <= s.To).OrderBy(s => s.From).ToList();
            var merged = new List<(int From, int To)>();
            foreach (var span in spans)
            {
                if (merged.Count > 0 && span.From <= merged[^1].To + 1)
                {
                    merged[^1] = (merged[^1].From, Math.Max(merged[^1].To, span.To));
                }
                else
                {
                    merged.Add(span);
                }
            }
            ranges[group.Key] = merged;
        }
        return ranges;
    }

    /// <summary>(co-op, day) pairs with at least one scrape that succeeded (or found the page unchanged).</summary>
    private async Task<HashSet<(Guid, int)>> ScrapedAsync(SnapshotDays days, CancellationToken cancellationToken)
    {
        var pairs = new HashSet<(Guid, int)>();
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"""
            select distinct d.coop_id, (d.started_at at time zone 'UTC')::date from {store.Options.DatabaseSchemaName}.mt_doc_scraperun d
            where d.started_at >= $1 and d.data->>'outcome' in ('Succeeded', 'NotModified')
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = SnapshotDays.EndOf(days.First.AddDays(-1)) });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            pairs.Add((reader.GetGuid(0), days.Index(reader.GetFieldValue<DateOnly>(1))));
        }
        return pairs;
    }
}
