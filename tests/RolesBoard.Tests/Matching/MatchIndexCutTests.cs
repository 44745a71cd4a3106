using RolesBoard.Api.Matching;
using RolesBoard.Api.Matching.Index;
using RolesBoard.Scrapers.Scraping;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;

namespace RolesBoard.Tests.Matching;

/// <summary>
/// The index's cut against exhaustive scoring, in memory: the best 20 after the cut must score as the best 20 of
/// every role (or profile) scored exactly. Skills are drawn from families with related skills (Django is Python,
/// Next.js is React and JavaScript), where a rough cut goes wrong: over-crediting several relatives of one skill, or
/// dropping the last skills' relatives. The cuts here keep far fewer than the API's (300 of 3,000 roles, 150 of 6,000
/// profiles), so a skill part that is only roughly right shows: counting implied skills as nothing, or rounding
/// coverage down, fails both.
/// </summary>
public sealed class MatchIndexCutTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private static readonly string[] Pool =
        ["Python", "Django", "Flask", "Wagtail", "JavaScript", "TypeScript", "React", "Next.js", "Vue.js", "Node.js", "SQL", "PostgreSQL",
         "Rust", "Actix", "PHP", "Laravel", "Docker", "Kubernetes", "Accessibility", "Product Design", "UI Design", "Elixir", "Phoenix"];

    private static readonly string[] Towns = ["Leeds, UK", "Bristol, UK", "Glasgow, UK", "Lisbon, Portugal", "Berlin, Germany"];

    [Fact]
    public void MatchesAfterTheCutScoreAsTheExhaustiveBest()
    {
        var random = new Random(7);
        var roles = Enumerable.Range(0, 3000).Select(i => RoleFacts.From(RandomRole(random, i), RandomTerms(random))).ToList();
        var index = new MatchIndex();
        index.Replace(roles, []);
        for (var s = 0; s < 15; s++)
        {
            var seeker = SeekerFacts.From(RandomProfile(random, s));
            var cut = index.RolesFor(seeker, Now, 300);
            Assert.Equal(Scores(Ranking.BestRoles(seeker, roles, r => r, Now, 20)), Scores(Ranking.BestRoles(seeker, cut, r => r, Now, 20)));
        }
    }

    [Fact]
    public void CandidatesAfterTheCutScoreAsTheExhaustiveBest()
    {
        var random = new Random(11);
        var profiles = Enumerable.Range(0, 6000).Select(i => SeekerFacts.From(RandomProfile(random, i))).ToList();
        var index = new MatchIndex();
        index.Replace([], profiles);
        for (var r = 0; r < 15; r++)
        {
            var role = RoleFacts.From(RandomRole(random, r), RandomTerms(random));
            var countries = role.Remote == RemotePolicy.Remote ? null : role.Country is { } c ? new[] { c } : null;
            var cut = index.ProfilesFor(role, countries, 150);
            Assert.Equal(Scores(Ranking.BestSeekers(role, profiles, p => p, Now, 20)), Scores(Ranking.BestSeekers(role, cut, p => p, Now, 20)));
        }
    }

    [Fact]
    public void TheCutsBoundsHoldForEveryPair()
    {
        var random = new Random(13);
        var roles = Enumerable.Range(0, 300).Select(i => RoleFacts.From(RandomRole(random, i), RandomTerms(random))).ToList();
        var seekers = Enumerable.Range(0, 300).Select(i => SeekerFacts.From(RandomProfile(random, i))).ToList();
        foreach (var (seeker, role) in seekers.Zip(roles))
        {
            var roleCut = new RoleCut(seeker, Now);
            var profileCut = new ProfileCut(role, null);
            Assert.InRange(roleCut.Rest(role), 0, roleCut.RestMax);
            Assert.InRange(profileCut.Rest(seeker), 0, profileCut.RestMax);
            Assert.InRange(roleCut.Scale(role), 1 - MatchScorer.TermsWeight, 1);
            Assert.Equal(roleCut.Scale(role), profileCut.Scale(seeker));
        }
    }

    private static CoopTerms RandomTerms(Random random) => new(
        random.Next(4) is var o && o == 3 ? null : (Api.Coops.Ownership)o, random.Next(3) switch { 0 => true, 1 => false, _ => null },
        random.Next(3) == 0 ? null : random.Next(0, 30), random.Next(3) == 0 ? null : random.Next(28, 41));

    /// <summary>Ids from the same seeded random: ties break on id, and a run must not depend on Guid.NewGuid.</summary>
    private static Guid IdFrom(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static List<double> Scores<T>(List<(T Item, Fit Fit)> best) => [.. best.Select(b => b.Fit.Score)];

    private static string[] Skills(Random random, int most) => [.. Enumerable.Range(0, random.Next(1, most + 1)).Select(_ => Pool[random.Next(Pool.Length)]).Distinct()];

    private static Role RandomRole(Random random, int i)
    {
        var town = Towns[random.Next(Towns.Length)];
        return new Role
        {
            Id = IdFrom(random), Title = random.Next(2) == 0 ? "Backend developer" : "Product designer", Skills = [.. Skills(random, 5)],
            Remote = (RemotePolicy)random.Next(3), Location = town, Country = town.EndsWith("UK", StringComparison.Ordinal) ? "GB" : town.EndsWith("Portugal", StringComparison.Ordinal) ? "PT" : "DE",
            EmploymentType = random.Next(2) == 0 ? EmploymentType.FullTime : EmploymentType.PartTime, SalaryMaxYearlyGbp = random.Next(2) == 0 ? null : random.Next(30, 90) * 1000,
            DatePosted = Now.AddDays(-random.Next(0, 90)) - TimeSpan.FromMinutes(i),
        };
    }

    private static Profile RandomProfile(Random random, int i)
    {
        var town = Towns[random.Next(Towns.Length)];
        var floor = random.Next(2) == 0 ? (double?)null : random.Next(25, 70) * 1000;
        return new Profile
        {
            Id = IdFrom(random), Skills = [.. Skills(random, 8)], Location = town, Country = town.EndsWith("UK", StringComparison.Ordinal) ? "GB" : town.EndsWith("Portugal", StringComparison.Ordinal) ? "PT" : "DE",
            Remote = (RemotePreference)random.Next(4), WillRelocate = random.Next(3) == 0, DesiredRoles = random.Next(2) == 0 ? ["Backend developer"] : [],
            EmploymentTypes = random.Next(2) == 0 ? [EmploymentType.FullTime] : [], VisibleToCoops = true,
            SalaryFloor = floor is { } f ? new Money(f, "GBP", SalaryPeriod.Year) : null, SalaryFloorYearlyGbp = floor,
            Headline = i % 3 == 0 ? "Developer" : null,
            CoopPreferences = random.Next(3) == 0 ? CoopPreferences.None
                : new CoopPreferences(random.Next(2) == 0 ? null : random.Next(3, 25), random.Next(2) == 0, random.Next(2) == 0, random.Next(2) == 0 ? null : random.Next(30, 40)),
        };
    }
}
