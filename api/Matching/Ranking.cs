namespace RolesBoard.Api.Matching;

/// <summary>
/// The one order of results, whether it ranks the index's facts (to choose which documents to read) or the documents
/// read (to answer): exact score first, then, for roles, the newer, then the id, so equal scores page stably.
/// Everything is ranked by its score alone; reasons are written only for the page kept.
/// </summary>
internal static class Ranking
{
    public static IEnumerable<T> TopRoles<T>(SeekerFacts seeker, IEnumerable<T> roles, Func<T, RoleFacts> facts, DateTimeOffset now, int take) =>
        roles.Select(item => (Item: item, Facts: facts(item)))
            .Select(x => (x.Item, x.Facts, Rank: MatchScorer.Rank(seeker, x.Facts, now)))
            .Where(x => x.Rank is not null)
            .OrderByDescending(x => x.Rank).ThenByDescending(x => x.Facts.DatePosted).ThenBy(x => x.Facts.Id)
            .Take(take)
            .Select(x => x.Item);

    public static IEnumerable<T> TopSeekers<T>(RoleFacts role, IEnumerable<T> seekers, Func<T, SeekerFacts> facts, DateTimeOffset now, int take) =>
        seekers.Select(item => (Item: item, Facts: facts(item)))
            .Select(x => (x.Item, x.Facts, Rank: MatchScorer.Rank(x.Facts, role, now)))
            .Where(x => x.Rank is not null)
            .OrderByDescending(x => x.Rank).ThenBy(x => x.Facts.Id)
            .Take(take)
            .Select(x => x.Item);

    public static List<(T Item, Fit Fit)> BestRoles<T>(SeekerFacts seeker, IEnumerable<T> roles, Func<T, RoleFacts> facts, DateTimeOffset now, int take) =>
        [.. TopRoles(seeker, roles, facts, now, take).Select(item => (item, MatchScorer.Score(seeker, facts(item), now)!))];

    public static List<(T Item, Fit Fit)> BestSeekers<T>(RoleFacts role, IEnumerable<T> seekers, Func<T, SeekerFacts> facts, DateTimeOffset now, int take) =>
        [.. TopSeekers(role, seekers, facts, now, take).Select(item => (item, MatchScorer.Score(facts(item), role, now, forSeeker: false)!))];
}
