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
