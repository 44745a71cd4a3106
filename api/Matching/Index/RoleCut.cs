using System.Numerics;

namespace RolesBoard.Api.Matching.Index;

/// <summary>
/// The cut for a seeker's matches. Each term is a skill a role may ask for, with the best credit the seeker's skills
/// earn it (SkillGraph.Credit: 1 theirs, 0.7 implied by one of theirs, 0.35 a step from one) and, in A, which of the
/// seeker's skills it draws on. A role's summed credits over its skill count is then the scorer's coverage, and the
/// bits it gathered count the seeker's skills it uses (breadth): the skill factor, exactly, without scoring.
/// </summary>
internal sealed class RoleCut : ICutRank<RoleFacts>
{
    private readonly SeekerFacts _seeker;
    private readonly DateTimeOffset _now;
    private readonly double? _floor;

    public RoleCut(SeekerFacts seeker, DateTimeOffset now)
    {
        _seeker = seeker;
        _now = now;
        _floor = FitFactors.Floor(seeker);
        var graph = SkillGraph.Default;
        var terms = new Dictionary<string, TermCredit>(StringComparer.Ordinal);
        // Past 64 skills a seeker's breadth is undercounted (one bit each); nobody lists that many.
        foreach (var (skill, bit) in seeker.Skills.Take(64).Select((s, i) => (s, 1UL << i)))
        {
            var credits = graph.Implied(skill).Select(r => (Skill: r, Credit: SkillGraph.ImpliedCredit))
                .Concat(graph.BuiltOn(skill).Select(r => (Skill: r, Credit: SkillGraph.StepCredit)))
                .Prepend((Skill: skill, Credit: 1.0));
            foreach (var (term, credit) in credits)
            {
                terms[term] = terms.TryGetValue(term, out var earlier)
                    ? new TermCredit(Math.Max(earlier.Credit, credit), earlier.A | bit)
                    : new TermCredit(credit, bit);
            }
        }
        Terms = terms;
    }

    public IReadOnlyDictionary<string, TermCredit> Terms { get; }

    public double RestMax => CutBounds.RolesRestMax(_floor is not null);

    public double Skills(in CutHits hits, int skillCount)
    {
        var roleSkills = Math.Max(skillCount, 1);
        var coverage = hits.Credit / roleSkills;
        var breadth = _seeker.Skills.Length == 0 ? 0 : (double)BitOperations.PopCount(hits.A) / Math.Min(_seeker.Skills.Length, roleSkills);
        return MatchScorer.SkillsWeight * MatchScorer.SkillValue(coverage, breadth);
    }

    public double Rest(RoleFacts role) => MatchScorer.TypeWeight * FitFactors.TypeValue(_seeker.EmploymentTypes, role.EmploymentType)
        + MatchScorer.PayWeight * FitFactors.PayValue(_floor, role.SalaryMaxYearlyGbp)
        + MatchScorer.FreshnessWeight * FitFactors.FreshnessValue(role.DatePosted, _now);

    public double Scale(RoleFacts role) => MatchScorer.TermsScale(CoopFit.TermsValue(_seeker.Wants, role.Terms));

    public bool Eligible(RoleFacts role) =>
        role.IsOpenAt(_now) && (_seeker.Country is null || _seeker.WillRelocate || role.WorkableFrom(_seeker.Country));

    public long TieBreak(RoleFacts role) => role.DatePosted.UtcTicks;
}
