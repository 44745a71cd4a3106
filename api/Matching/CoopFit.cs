using RolesBoard.Api.Coops;
using RolesBoard.Api.Profiles;

namespace RolesBoard.Api.Matching;

/// <summary>
/// The seeker's preferences about the co-op itself (membership, flat pay, ownership, hours) against what its co-op
/// states. Each preference asked is met (1), unknown (0.5: the co-op does not say) or missed (0); the factor is their
/// mean, and 1 when nothing is asked, so a seeker who asks nothing is ranked as before. The scorer scales the score by
/// it (<see cref="MatchScorer.TermsWeight"/>), and the index's cuts by the same value, so the cuts' bounds still hold.
/// </summary>
internal static class CoopFit
{
    public static Factor Terms(SeekerFacts seeker, RoleFacts role)
    {
        var wants = seeker.Wants;
        var value = TermsValue(wants, role.Terms);
        return wants.AsksAnything ? Factor.Many(value, () => Reasons(wants, role.Terms)) : Factor.Neutral(value);
    }

    /// <summary>The factor's value alone (the index's cuts rank tens of thousands of entries by it).</summary>
    public static double TermsValue(CoopPreferences wants, CoopTerms terms)
    {
        if (!wants.AsksAnything)
        {
            return 1;
        }
        double sum = 0, asked = 0;
        void Add(bool? met) => (sum, asked) = (sum + (met is null ? 0.5 : met.Value ? 1 : 0), asked + 1);
        if (wants.MembershipWithinMonths is { } months)
        {
            Add(terms.MembershipAfterMonths is { } after ? after <= months : null);
        }
        if (wants.FlatPay)
        {
            Add(terms.FlatPay);
        }
        if (wants.WorkerOwned)
        {
            Add(terms.Ownership is { } ownership ? ownership == Ownership.WorkerOwned : null);
        }
        if (wants.MaxHoursPerWeek is { } hours)
        {
            Add(terms.HoursPerWeek is { } week ? week <= hours : null);
        }
        return sum / asked;
    }

    private static IEnumerable<string> Reasons(CoopPreferences wants, CoopTerms terms)
    {
        if (wants.MembershipWithinMonths is { } months)
        {
            yield return terms.MembershipAfterMonths is not { } after ? "The co-op does not say when you could become a member"
                : after <= months ? $"Member after {Months(after)}, as you asked"
                : $"Member after {Months(after)}; you asked for within {Months(months)}";
        }
        if (wants.FlatPay)
        {
            yield return terms.FlatPay switch { true => "Flat pay, as you asked", false => "Pay is not flat; you asked for flat pay", null => "The co-op does not say whether pay is flat" };
        }
        if (wants.WorkerOwned)
        {
            yield return terms.Ownership switch
            {
                Ownership.WorkerOwned => "Worker-owned, as you asked",
                Ownership.MultiStakeholder => "Multi-stakeholder, not worker-owned as you asked",
                Ownership.Other => "Not worker-owned; you asked for worker-owned",
                _ => "The co-op does not say who owns it",
            };
        }
        if (wants.MaxHoursPerWeek is { } hours)
        {
            yield return terms.HoursPerWeek is not { } week ? "The co-op does not state its working week"
                : week <= hours ? $"{week:0.#}-hour week, as you asked"
                : $"{week:0.#}-hour week; you asked for at most {hours}";
        }
    }

    private static string Months(int months) => months == 1 ? "1 month" : $"{months} months";
}
