using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Matching;

/// <summary>How well one seeker and one role fit, the same both ways (matches and candidates).</summary>
public sealed record Fit(double Score, IReadOnlyList<string> MatchedSkills, IReadOnlyList<string> MissingSkills, IReadOnlyList<string> Reasons);

/// <summary>
/// Exact scoring of a preselected pair, in C#: a weighted sum of factors, each 0..1, with skills weighing most.
/// A place the seeker cannot work from is no match at all; too little time-zone overlap halves the score.
/// </summary>
public static class MatchScorer
{
    // Weights sum to 1. Skills first (what the work is), then whether they can work there at all, then terms.
    internal const double SkillsWeight = 0.50;
    internal const double PlaceWeight = 0.14;
    internal const double ZoneWeight = 0.08;
    internal const double TypeWeight = 0.08;
    internal const double PayWeight = 0.08;
    internal const double FreshnessWeight = 0.06;
    internal const double TitleWeight = 0.06;

    /// <summary>Too little overlap with the hours a remote role keeps is close to a deal-breaker, not a detail.</summary>
    internal const double MissedOverlapPenalty = 0.5;

    /// <summary>How much of the score the co-op terms a seeker asked about can take away (all missed: a fifth).</summary>
    internal const double TermsWeight = 0.2;

    /// <summary>The score's scale for a co-op terms value (1 when nothing is asked): never above 1, so cut bounds hold.</summary>
    internal static double TermsScale(double termsValue) => 1 - TermsWeight * (1 - termsValue);

    public static Fit? Score(Profile seeker, Role role, DateTimeOffset now) => Score(SeekerFacts.From(seeker), RoleFacts.From(role), now);

    /// <summary>The fit with its reasons: for the results shown.</summary>
    /// <remarks>
    /// The co-op terms' reasons speak to the seeker about their own preferences ("Member after 6 months, as you asked"):
    /// they are written only for the seeker (<paramref name="forSeeker"/>), never into a co-op's candidate list.
    /// </remarks>
    public static Fit? Score(SeekerFacts seeker, RoleFacts role, DateTimeOffset now, bool forSeeker = true) =>
        Weigh(seeker, role, now) is { } weighed
            ? new Fit(weighed.Score, weighed.Skills.Matched, weighed.Skills.Missing,
                [.. weighed.Skills.Reasons(), .. weighed.Others.SelectMany(f => f.Reasons), .. forSeeker ? weighed.Terms.Reasons : []])
            : null;

    /// <summary>The same score without writing any reason: for ranking the hundreds of pairs a page is chosen from.</summary>
    public static double? Rank(SeekerFacts seeker, RoleFacts role, DateTimeOffset now) => Weigh(seeker, role, now)?.Score;

    /// <summary>The skill factor from its two parts (the match index computes them its own way, and must agree).</summary>
    public static double SkillValue(double coverage, double breadth) => 0.85 * coverage + 0.15 * Math.Min(1, breadth);

    private sealed record Weighed(double Score, SkillFit Skills, Factor[] Others, Factor Terms);

    private static Weighed? Weigh(SeekerFacts seeker, RoleFacts role, DateTimeOffset now)
    {
        var place = FitFactors.Place(seeker, role);
        if (place is null)
        {
            return null;
        }
        var skills = Skills(seeker, role);
        var zone = FitFactors.Zone(seeker, role, DateOnly.FromDateTime(now.UtcDateTime));
        var type = FitFactors.EmploymentType(seeker, role);
        var pay = FitFactors.Pay(seeker, role);
        var title = FitFactors.Title(seeker, role);
        var freshness = FitFactors.Freshness(role, now);
        var terms = CoopFit.Terms(seeker, role);

        var score = SkillsWeight * skills.Value + PlaceWeight * place.Value + ZoneWeight * zone.Value + TypeWeight * type.Value
            + PayWeight * pay.Value + TitleWeight * title.Value + FreshnessWeight * freshness.Value;
        if (zone.Missed)
        {
            score *= MissedOverlapPenalty;
        }
        score *= TermsScale(terms.Value);
        return new Weighed(Math.Round(Math.Clamp(score, 0, 1), 4), skills, [place, zone, type, pay, title, freshness], terms);
    }

    private sealed record SkillFit(double Value, List<string> Matched, List<string> Missing, Func<IEnumerable<string>> Reasons);

    /// <summary>
    /// Mostly coverage (how much of what the role asks for they bring, related skills earning partial credit),
    /// a little breadth (how much of what they offer the role uses), so a one-skill role does not outrank a close fit.
    /// </summary>
    private static SkillFit Skills(SeekerFacts seeker, RoleFacts role)
    {
        if (role.Skills.Length == 0)
        {
            return new SkillFit(0.3, [], [], () => ["The role lists no skills"]);
        }
        var graph = SkillGraph.Default;
        var matched = new List<string>();
        var missing = new List<string>();
        var related = new List<(string Wanted, string Via)>();
        var credit = 0.0;
        foreach (var wanted in role.Skills)
        {
            var (points, via) = graph.Credit(wanted, seeker.Skills);
            credit += points;
            (points >= 1 ? matched : missing).Add(wanted);
            if (via is not null)
            {
                related.Add((wanted, via));
            }
        }
        var coverage = credit / role.Skills.Length;
        var used = seeker.Skills.Count(s => role.Skills.Any(w => graph.Related(w, s)));
        var breadth = seeker.Skills.Length == 0 ? 0 : (double)used / Math.Min(seeker.Skills.Length, Math.Max(role.Skills.Length, 1));
        IEnumerable<string> Reasons()
        {
            if (matched.Count > 0)
            {
                yield return $"Matches {matched.Count} of {role.Skills.Length} skills: {string.Join(", ", matched)}";
            }
            if (related.Count > 0)
            {
                yield return $"Related experience counts for {string.Join(", ", related.Select(r => $"{r.Wanted} (you know {r.Via})"))}";
            }
        }
        return new SkillFit(SkillValue(coverage, breadth), matched, missing, Reasons);
    }
}

/// <summary>
/// The match index's cut bounds, beside the scorer they must agree with: the most the factors a cut adds to the exact
/// skill part can give (each value is at most 1, times its weight). The cuts scale by <see cref="MatchScorer.TermsScale"/>,
/// never above 1, so skill part plus these stays an upper bound of a cut's rank. MatchIndexCutTests holds them against
/// exhaustive scoring.
/// </summary>
internal static class CutBounds
{
    /// <summary>A seeker's matches: employment type, pay and freshness (place, zone and title are left to exact scoring).</summary>
    public static double RolesRestMax(bool seekerHasFloor) => MatchScorer.TypeWeight + MatchScorer.PayWeight * PayMax(seekerHasFloor) + MatchScorer.FreshnessWeight;

    /// <summary>A role's candidates: place, employment type and pay (zone and title are left to exact scoring).</summary>
    public static double ProfilesRestMax(bool roleStatesPay) => MatchScorer.PlaceWeight + MatchScorer.TypeWeight + MatchScorer.PayWeight * PayMax(roleStatesPay);

    /// <summary>Pay is neutral (FitFactors.PayValue: 0.6) for every pair when one side states nothing: a tighter bound, so the cut stops sooner.</summary>
    private static double PayMax(bool bothCanStatePay) => bothCanStatePay ? 1 : FitFactors.PayValue(null, null);
}
