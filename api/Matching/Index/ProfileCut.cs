using System.Numerics;

namespace RolesBoard.Api.Matching.Index;

/// <summary>
/// The cut for a role's candidates. Each term is a skill a profile may have, with bits for which of the role's skills
/// it earns credit towards: A as the skill itself, B by implying it (0.7), C as a step from it (0.35). A profile's
/// gathered bits give, skill by skill, the best credit SkillGraph.Credit would (the scorer's coverage), and the count
/// of terms it has is how many of its skills the role uses (breadth): the skill factor, exactly, without scoring.
/// Place counts here too, unlike for roles: hundreds of thousands of profiles leave thousands tied on skills, and
/// where they live is what the exact score separates them by first. Zone and title are left to the exact scoring of
/// what the cut keeps: with them here, the cut would rank thousands of entries in full, which costs more time than
/// it buys (BENCHMARKS.md, candidates).
/// </summary>
internal sealed class ProfileCut : ICutRank<SeekerFacts>
{
    private readonly RoleFacts _role;
    private readonly IReadOnlyCollection<string>? _countries;

    public ProfileCut(RoleFacts role, IReadOnlyCollection<string>? countries)
    {
        _role = role;
        _countries = countries;
        var graph = SkillGraph.Default;
        var terms = new Dictionary<string, TermCredit>(StringComparer.Ordinal);
        void Earn(string term, TermCredit credit) =>
            terms[term] = terms.TryGetValue(term, out var e) ? new TermCredit(0, e.A | credit.A, e.B | credit.B, e.C | credit.C) : credit;
        // Past 64 skills a role's coverage is undercounted (one bit each); scraped roles keep at most 50.
        foreach (var (skill, bit) in role.Skills.Take(64).Select((s, i) => (s, 1UL << i)))
        {
            Earn(skill, new TermCredit(0, A: bit));
            foreach (var implying in graph.BuiltOn(skill))
            {
                Earn(implying, new TermCredit(0, B: bit));
            }
            foreach (var step in graph.Implied(skill))
            {
                Earn(step, new TermCredit(0, C: bit));
            }
        }
        Terms = terms;
    }

    public IReadOnlyDictionary<string, TermCredit> Terms { get; }

    public double RestMax => CutBounds.ProfilesRestMax(_role.SalaryMaxYearlyGbp is not null);

    public double Skills(in CutHits hits, int skillCount)
    {
        var roleSkills = Math.Max(_role.Skills.Length, 1);
        var credit = BitOperations.PopCount(hits.A) + SkillGraph.ImpliedCredit * BitOperations.PopCount(hits.B & ~hits.A)
            + SkillGraph.StepCredit * BitOperations.PopCount(hits.C & ~hits.A & ~hits.B);
        var breadth = skillCount == 0 ? 0 : (double)hits.Terms / Math.Min(skillCount, roleSkills);
        return MatchScorer.SkillsWeight * MatchScorer.SkillValue(credit / roleSkills, breadth);
    }

    public double Rest(SeekerFacts profile) => MatchScorer.PlaceWeight * (FitFactors.Place(profile, _role)?.Value ?? 0)
        + MatchScorer.TypeWeight * FitFactors.TypeValue(profile.EmploymentTypes, _role.EmploymentType)
        + MatchScorer.PayWeight * FitFactors.PayValue(FitFactors.Floor(profile), _role.SalaryMaxYearlyGbp);

    public double Scale(SeekerFacts profile) => MatchScorer.TermsScale(CoopFit.TermsValue(profile.Wants, _role.Terms));

    public bool Eligible(SeekerFacts profile) => profile.CanWorkIn(_countries);

    // Ties break on id, as the exact ranking does: stable, and no seeker is favoured by when they signed up.
    public long TieBreak(SeekerFacts profile) => 0;
}
