using RolesBoard.Api.Stats.Layoffs;
using RolesBoard.Api.Stats.Snapshots;
using static RolesBoard.Api.Stats.Snapshots.CoopsDimension;
using static RolesBoard.Api.Stats.Snapshots.PeopleDimension;
using static RolesBoard.Api.Stats.Snapshots.RolesDimension;

namespace RolesBoard.Api.Stats;

/// <summary>
/// Composes <see cref="MovementStats"/> from the snapshots alone (and the small layoffs table): a handful of
/// indexed reads, whatever the number of roles and profiles. Figures are as of the latest snapshot in the period.
/// </summary>
public sealed class MovementStatsReader(SnapshotStore snapshots, LayoffQuarters layoffs)
{
    /// <summary>The dimension the founders' path will write; until then every adviser figure reads 0.</summary>
    public const string AdvisersDimension = "advisers";
    public const string Advisers = "advisers";

    public async Task<MovementStats> ReadAsync(StatsQuery query, CancellationToken cancellationToken)
    {
        // Independent reads, each on its own pooled connection: run together, the request waits for the slowest only.
        var boardRead = snapshots.RangeAsync([RolesDimension.Dimension, CoopsDimension.Dimension], query.Cell, query.From, query.To, cancellationToken);
        var peopleRead = query.IsFiltered ? Task.FromResult(new List<DayCell>()) : snapshots.RangeAsync([PeopleDimension.Dimension], CellKey.Everything, query.From, query.To, cancellationToken);
        var skillsRead = snapshots.LatestAsync(SkillsDimension.Dimension, query.Cell, query.To, cancellationToken);
        var layoffsRead = LayoffsAsync(query, cancellationToken);
        await Task.WhenAll(boardRead, peopleRead, skillsRead, layoffsRead);
        var (board, people, skills) = (await boardRead, await peopleRead, await skillsRead);
        var roles = board.Where(c => c.Dimension == RolesDimension.Dimension).ToList();
        var coops = board.Where(c => c.Dimension == CoopsDimension.Dimension).ToList();
        var lastRoles = roles.LastOrDefault()?.Cell ?? new StatsCell();
        var lastCoops = coops.LastOrDefault()?.Cell ?? new StatsCell();
        var lastPeople = people.LastOrDefault()?.Cell;

        var weeks = board.Concat(people).GroupBy(c => Weeks.StartOf(c.Day)).OrderBy(g => g.Key).Select(Week(query)).ToList();
        return new MovementStats(
            query,
            OpenRoles: Int(lastRoles.Figure(Open)),
            Coops: Int(lastCoops.Figure(Registered)),
            VerifiedCoops: Int(lastCoops.Figure(Verified)),
            ActiveCoops: Int(lastCoops.Figure(Active)),
            RolesStatingPay: Int(lastRoles.Figure(StatingPay)),
            FlatPayCoops: Int(lastCoops.Figure(FlatPay)),
            MedianMonthsToMembership: Tallies.Median(lastCoops.Tally(MonthsToMembership)),
            MedianDaysOpen: Tallies.Median(roles.SelectMany(r => r.Cell.Tally(DaysOpen))),
            CoopsWithCareersPages: Int(lastCoops.Figure(CareersPagesFound)),
            CoopsScrapedSuccessfully: Int(lastCoops.Figure(ScrapedSuccessfully)),
            Seekers: lastPeople is null ? null : PeopleCount.Of(lastPeople.Figure(PeopleDimension.Seekers)),
            IntroductionsRequested: query.IsFiltered ? null : PeopleCount.Of(people.Sum(p => p.Cell.Figure(IntroductionsRequested))),
            IntroductionsAccepted: query.IsFiltered ? null : PeopleCount.Of(people.Sum(p => p.Cell.Figure(IntroductionsAccepted))),
            weeks,
            skills?.Cell.Tally(SkillsDimension.Skills).Select(t => new SkillCount(t.Key, t.Count)).ToList() ?? [],
            await layoffsRead,
            roles.LastOrDefault()?.Day,
            board.Concat(people).Select(c => (DateTimeOffset?)c.WrittenAt).Max());
    }

    private static Func<IGrouping<DateOnly, DayCell>, WeekStats> Week(StatsQuery query) => week =>
    {
        var roles = week.Where(c => c.Dimension == RolesDimension.Dimension).ToList();
        var lastRoles = roles.LastOrDefault()?.Cell ?? new StatsCell();
        var lastCoops = week.LastOrDefault(c => c.Dimension == CoopsDimension.Dimension)?.Cell ?? new StatsCell();
        var people = week.Where(c => c.Dimension == PeopleDimension.Dimension).ToList();
        PeopleCount? Sum(string figure) => query.IsFiltered ? null : PeopleCount.Of(people.Sum(p => p.Cell.Figure(figure)));
        return new WeekStats(
            week.Key,
            RolesOpened: Int(roles.Sum(r => r.Cell.Figure(Opened))),
            RolesClosed: Int(roles.Sum(r => r.Cell.Figure(Closed))),
            OpenRoles: Int(lastRoles.Figure(Open)),
            RolesStatingPay: Int(lastRoles.Figure(StatingPay)),
            Coops: Int(lastCoops.Figure(Registered)),
            VerifiedCoops: Int(lastCoops.Figure(Verified)),
            ActiveCoops: Int(lastCoops.Figure(Active)),
            CoopsScrapedSuccessfully: Int(lastCoops.Figure(ScrapedSuccessfully)),
            MedianDaysOpen: Tallies.Median(roles.SelectMany(r => r.Cell.Tally(DaysOpen))),
            SeekersRegistered: Sum(PeopleDimension.SeekersRegistered),
            IntroductionsRequested: Sum(IntroductionsRequested),
            IntroductionsAccepted: Sum(IntroductionsAccepted));
    };

    /// <summary>Each country and quarter's layoffs, beside the co-op roles open and the advisers there at the quarter's end.</summary>
    private async Task<List<LayoffQuarter>> LayoffsAsync(StatsQuery query, CancellationToken cancellationToken)
    {
        var totals = await layoffs.ReadAsync(query.From, query.To, query.Country, cancellationToken);
        if (totals.Count == 0)
        {
            return [];
        }
        DateOnly At(LayoffTotal total) => total.LastDay < query.To ? total.LastDay : query.To;
        var days = totals.Select(At).Distinct().ToArray();
        var cells = await snapshots.CountriesAsync([RolesDimension.Dimension, AdvisersDimension], query.Network, days, cancellationToken);
        var byKey = cells.ToLookup(c => (c.Day, c.Country, c.Dimension));
        int Figure(DateOnly day, string country, string dimension, string figure) =>
            Int(byKey[(day, country, dimension)].Sum(c => c.Cell.Figure(figure)));
        return [.. totals.Select(t => new LayoffQuarter(t.Country, t.Label, Int(t.People),
            Figure(At(t), t.Country, RolesDimension.Dimension, Open), Figure(At(t), t.Country, AdvisersDimension, Advisers)))];
    }

    private static int Int(long value) => (int)Math.Min(value, int.MaxValue);
}
