using RolesBoard.Api.Matching;
using RolesBoard.Api.Money;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;
using RolesBoard.Scrapers.Scraping;
using RolesBoard.Scrapers.Skills;

namespace RolesBoard.Tests.Matching;

/// <summary>Each scoring rule on its own, against the scorer directly: one factor changes, the rest stay put.</summary>
public sealed class ScoringTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 14, 12, 0, 0, TimeSpan.Zero); // winter: no summer time anywhere in Europe

    private static Profile Seeker(Action<Profile>? change = null)
    {
        var profile = new Profile { Name = "Ana", Email = "ana@example.org", Skills = ["Python", "Django", "PostgreSQL"], Country = "PT", Location = "Lisbon, Portugal", Remote = RemotePreference.Remote };
        change?.Invoke(profile);
        return profile;
    }

    private static Role Role(Action<Role>? change = null)
    {
        var role = new Role { Title = "Developer", Skills = ["Python", "Django", "PostgreSQL"], Remote = RemotePolicy.Remote, DatePosted = Now.AddDays(-1) };
        change?.Invoke(role);
        return role;
    }

    private static Fit Score(Profile seeker, Role role) => MatchScorer.Score(seeker, role, Now) ?? throw new InvalidOperationException("no match");

    [Fact]
    public void AliasesCountAsTheSkillTheyName()
    {
        var skills = new[] { "Postgres", "DRF", "python3" }.Select(SkillVocabulary.Default.Normalize).ToList();
        var fit = Score(Seeker(s => s.Skills = skills), Role());
        Assert.Equal(["Python", "Django", "PostgreSQL"], fit.MatchedSkills);
        Assert.Contains("Matches 3 of 3 skills: Python, Django, PostgreSQL", fit.Reasons);
    }

    [Fact]
    public void RelatedSkillsEarnPartialCredit()
    {
        var exact = Score(Seeker(s => s.Skills = ["Python"]), Role(r => r.Skills = ["Python"]));
        var implied = Score(Seeker(s => s.Skills = ["Django"]), Role(r => r.Skills = ["Python"]));
        var nothing = Score(Seeker(s => s.Skills = ["Rust"]), Role(r => r.Skills = ["Python"]));
        Assert.True(exact.Score > implied.Score && implied.Score > nothing.Score, $"{exact.Score} > {implied.Score} > {nothing.Score}");
        Assert.Contains("Related experience counts for Python (you know Django)", implied.Reasons);
        Assert.Equal(["Python"], implied.MissingSkills);
    }

    [Fact]
    public void MoreOfTheRolesSkillsScoresHigher()
    {
        var all = Score(Seeker(), Role());
        var two = Score(Seeker(s => s.Skills = ["Python", "Django"]), Role());
        Assert.True(all.Score > two.Score);
        Assert.Equal(["PostgreSQL"], two.MissingSkills);
        Assert.Contains("Matches 2 of 3 skills: Python, Django", two.Reasons);
    }

    [Fact]
    public void ARemoteRoleLimitedToTheUkIsNoFitForSomeoneInSpainWhoWillNotMove()
    {
        var spain = Seeker(s => { s.Country = "ES"; s.Location = "Madrid, Spain"; });
        Assert.Null(MatchScorer.Score(spain, Role(r => r.RemoteRegions = ["GB"]), Now));

        var moving = Score(Seeker(s => { s.Country = "ES"; s.WillRelocate = true; }), Role(r => r.RemoteRegions = ["GB"]));
        var open = Score(spain, Role(r => r.RemoteRegions = ["EU"]));
        Assert.True(open.Score > moving.Score);
        Assert.Contains("Remote role open to Spain", open.Reasons);
    }

    [Fact]
    public void AnOfficeRoleFitsBestInTheSeekersTownAndNotAtAllAbroad()
    {
        var leeds = Seeker(s => { s.Country = "GB"; s.Location = "Leeds, UK"; s.Remote = RemotePreference.Any; });
        var inTown = Score(leeds, Role(r => { r.Remote = RemotePolicy.Onsite; r.Country = "GB"; r.Location = "Leeds, UK"; }));
        var elsewhere = Score(leeds, Role(r => { r.Remote = RemotePolicy.Onsite; r.Country = "GB"; r.Location = "Edinburgh, UK"; }));
        Assert.True(inTown.Score > elsewhere.Score);
        Assert.Contains("On-site in Leeds, where you live", inTown.Reasons);
        Assert.Null(MatchScorer.Score(leeds, Role(r => { r.Remote = RemotePolicy.Onsite; r.Country = "FR"; r.Location = "Paris, France"; }), Now));
    }

    [Fact]
    public void LisbonFitsUkHoursAndAucklandDoesNot()
    {
        var ukRole = Role(r => { r.Country = "GB"; r.Location = "Leeds, UK"; }); // no zone given: UK hours, 4 h by default
        var lisbon = Score(Seeker(), ukRole);
        var auckland = Score(Seeker(s => { s.Country = "NZ"; s.Location = "Auckland, New Zealand"; s.TimeZone = "Pacific/Auckland"; }), ukRole);
        Assert.Contains("Needs 4 h overlap with UK hours: Lisbon has 8", lisbon.Reasons);
        Assert.Contains("Needs 4 h overlap with UK hours: Auckland has 0", auckland.Reasons);
        Assert.True(lisbon.Score > 2 * auckland.Score - 0.01);
    }

    [Fact]
    public void ARolesOwnZoneAndOverlapCount()
    {
        var newYork = Role(r => { r.TimeZone = "America/New_York"; r.MinOverlapHours = 2; });
        Assert.Contains("Needs 2 h overlap with New York hours: Lisbon has 3", Score(Seeker(), newYork).Reasons);
        var strict = Score(Seeker(), Role(r => { r.TimeZone = "America/New_York"; r.MinOverlapHours = 4; }));
        Assert.True(Score(Seeker(), newYork).Score > strict.Score);
    }

    [Fact]
    public void TheEmploymentTypeTheyAskForScoresHigher()
    {
        var seeker = Seeker(s => s.EmploymentTypes = [EmploymentType.FullTime]);
        var fullTime = Score(seeker, Role(r => r.EmploymentType = EmploymentType.FullTime));
        var contract = Score(seeker, Role(r => r.EmploymentType = EmploymentType.Contractor));
        Assert.True(fullTime.Score > contract.Score);
        Assert.Contains("Contract; you asked for Full-time", contract.Reasons);
    }

    [Fact]
    public void PayIsComparedLikeWithLikeAndUnknownPayIsNeutral()
    {
        // A floor of EUR 3,000 a month is EUR 36,000 a year, about GBP 30,600.
        var seeker = Seeker(s => { s.SalaryFloor = new Money(3000, "EUR", SalaryPeriod.Month); s.SalaryFloorYearlyGbp = SalaryPeriods.ToYearlyGbp(3000, "EUR", SalaryPeriod.Month); });
        var above = Score(seeker, Role(r => r.SalaryMaxYearlyGbp = SalaryPeriods.ToYearlyGbp(200, "GBP", SalaryPeriod.Day))); // GBP 46,000
        var unknown = Score(seeker, Role());
        var below = Score(seeker, Role(r => r.SalaryMaxYearlyGbp = SalaryPeriods.ToYearlyGbp(20000, "GBP", SalaryPeriod.Year)));
        Assert.True(above.Score > unknown.Score && unknown.Score > below.Score, $"{above.Score} > {unknown.Score} > {below.Score}");
        Assert.Contains(above.Reasons, r => r.StartsWith("Pays up to EUR 54,100 a year, above your floor of EUR 36,000", StringComparison.Ordinal));
        Assert.Contains("Pay not stated", unknown.Reasons);
    }

    [Fact]
    public void FresherRolesScoreHigher()
    {
        var fresh = Score(Seeker(), Role());
        var old = Score(Seeker(), Role(r => r.DatePosted = Now.AddDays(-60)));
        Assert.True(fresh.Score > old.Score);
        Assert.Contains("Posted 60 days ago", old.Reasons);
    }

    [Fact]
    public void ScoresStayBetweenZeroAndOne()
    {
        var best = Score(Seeker(s => { s.EmploymentTypes = [EmploymentType.FullTime]; s.DesiredRoles = ["Developer"]; }), Role(r => r.EmploymentType = EmploymentType.FullTime));
        Assert.InRange(best.Score, 0.9, 1);
    }
}
