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

    public static Fit? Score(Profile seeker, Role role, DateTimeOffset now)
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

        var score = SkillsWeight * skills.Value + PlaceWeight * place.Value + ZoneWeight * zone.Value + TypeWeight * type.Value
            + PayWeight * pay.Value + TitleWeight * title.Value + FreshnessWeight * freshness.Value;
        if (zone.Missed)
        {
            score *= MissedOverlapPenalty;
        }
        var reasons = new[] { skills.Reasons, place.Reasons, zone.Reasons, type.Reasons, pay.Reasons, title.Reasons, freshness.Reasons }
            .SelectMany(r => r).ToList();
        return new Fit(Math.Round(Math.Clamp(score, 0, 1), 4), skills.Matched, skills.Missing, reasons);
    }

    private sealed record SkillFit(double Value, List<string> Matched, List<string> Missing, List<string> Reasons);

    /// <summary>
    /// Mostly coverage (how much of what the role asks for they bring, related skills earning partial credit),
    /// a little breadth (how much of what they offer the role uses), so a one-skill role does not outrank a close fit.
    /// </summary>
    private static SkillFit Skills(Profile seeker, Role role)
    {
        if (role.Skills.Count == 0)
        {
            return new SkillFit(0.3, [], [], ["The role lists no skills"]);
        }
        var graph = SkillGraph.Default;
        var matched = new List<string>();
        var missing = new List<string>();
        var related = new List<string>();
        var credit = 0.0;
        foreach (var wanted in role.Skills)
        {
            var (points, via) = graph.Credit(wanted, seeker.Skills);
            credit += points;
            (points >= 1 ? matched : missing).Add(wanted);
            if (via is not null)
            {
                related.Add($"{wanted} (you know {via})");
            }
        }
        var coverage = credit / role.Skills.Count;
        var used = seeker.Skills.Count(s => role.Skills.Any(w => graph.Credit(w, [s]).Credit > 0));
        var breadth = seeker.Skills.Count == 0 ? 0 : (double)used / Math.Min(seeker.Skills.Count, Math.Max(role.Skills.Count, 1));
        var reasons = new List<string>();
        if (matched.Count > 0)
        {
            reasons.Add($"Matches {matched.Count} of {role.Skills.Count} skills: {string.Join(", ", matched)}");
        }
        if (related.Count > 0)
        {
            reasons.Add($"Related experience counts for {string.Join(", ", related)}");
        }
        return new SkillFit(0.85 * coverage + 0.15 * Math.Min(1, breadth), matched, missing, reasons);
    }
}
