using RolesBoard.Scrapers.Skills;

namespace RolesBoard.Scrapers.Tests.Skills;

public sealed class SkillVocabularyTests
{
    private static readonly SkillVocabulary Vocabulary = SkillVocabulary.Default;

    [Theory]
    [InlineData("Postgres", "PostgreSQL")]
    [InlineData("js", "JavaScript")]
    [InlineData("k8s", "Kubernetes")]
    [InlineData("C Sharp", "C#")]
    [InlineData(".NET Core", ".NET")]
    [InlineData("ReactJS", "React")]
    [InlineData("a11y", "Accessibility")]
    [InlineData("  react.js ", "React")]
    public void NormalizesAliasesToTheirCanonicalName(string alias, string canonical) =>
        Assert.Equal(canonical, Vocabulary.Normalize(alias));

    [Fact]
    public void KeepsUnknownSkillsCleaned() =>
        Assert.Equal("Quantum Basket Weaving", Vocabulary.Normalize("  Quantum   Basket Weaving "));

    [Fact]
    public void FindsSkillsInFreeTextWithoutMatchingInsideWords()
    {
        var found = Vocabulary.FindIn("We use Django and Postgres on k8s; some ASP.NET Core. Going well, react to changes.");
        Assert.Equal(["Django", "PostgreSQL", "Kubernetes", "ASP.NET Core"], found.Take(4));
        Assert.DoesNotContain("Go", found);
    }

    [Fact]
    public void RelatesFrameworksToTheirLanguage()
    {
        Assert.Contains("Python", Vocabulary.RelatedTo("Django"));
        Assert.Contains(".NET", Vocabulary.RelatedTo("asp.net core"));
    }
}

public sealed class SkillVocabularyDataTests
{
    private static readonly SkillVocabulary Vocabulary = SkillVocabulary.Default;

    [Fact]
    public void CoversSeveralHundredSkillsWithEveryRelatedSkillKnown()
    {
        Assert.True(Vocabulary.All.Count >= 300, $"only {Vocabulary.All.Count} skills");
        Assert.All(Vocabulary.All.SelectMany(s => s.Related), r => Assert.True(Vocabulary.IsKnown(r), $"{r} is related but unknown"));
    }

    [Theory]
    [InlineData("JS", "JavaScript")]
    [InlineData("Postgres", "PostgreSQL")]
    [InlineData("k8s", "Kubernetes")]
    [InlineData("C Sharp", "C#")]
    [InlineData(".NET Core", ".NET")]
    [InlineData("ReactJS", "React")]
    [InlineData("a11y", "Accessibility")]
    [InlineData("Civi", "CiviCRM")]
    [InlineData("GCP", "Google Cloud")]
    [InlineData("sklearn", "scikit-learn")]
    [InlineData("Spring Boot", "Spring")]
    public void NormalizesRequiredAliases(string alias, string canonical) => Assert.Equal(canonical, Vocabulary.Normalize(alias));

    [Theory]
    [InlineData("Wagtail", "Django")]
    [InlineData("CiviCRM", "PHP")]
    [InlineData("Next.js", "React")]
    [InlineData("Helm", "Kubernetes")]
    [InlineData("Screen Readers", "Accessibility")]
    [InlineData("PyTorch", "Machine Learning")]
    public void RelatesSkillsToTheirFoundations(string skill, string related) => Assert.Contains(related, Vocabulary.RelatedTo(skill));

    [Theory]
    [InlineData("Our team will react to changes in the brief.")]
    [InlineData("React to feedback quickly.")]
    [InlineData("Please go to our website; Go to the office on Mondays.")]
    [InlineData("The rest of the team; REST of the day.")]
    [InlineData("We meet in spring; a swift reply helps; rust never sleeps; a chef, a puppet and some salt.")]
    public void IgnoresEverydayWordsThatShareANameWithASkill(string text) => Assert.Empty(Vocabulary.FindIn(text));

    [Fact]
    public void FindsEverydayWordSkillsWhenWrittenAsNames() =>
        Assert.Equal(["React", "Go", "REST", "Rust", "Spring"], Vocabulary.FindIn("React and Go services, a REST API, Rust, Spring Boot."));
}
