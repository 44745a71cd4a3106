using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Founders;

[Collection(nameof(BoardCollection))]
public sealed class FoundingGuideTests(RolesBoardApp app)
{
    private const string Fields = "country countryName legalForms { name minimumMembers notes } modelRules supportBodies sources reviewedOn reviewedBy disclaimer";

    [Theory]
    [InlineData("GB")]
    [InlineData("IE")]
    [InlineData("ES")]
    [InlineData("FR")]
    [InlineData("IT")]
    [InlineData("DE")]
    [InlineData("AR")]
    [InlineData("US")]
    [InlineData("CA")]
    public async Task EveryRequiredCountryHasAReviewedGuideWithSources(string country)
    {
        var body = await app.GraphQLAsync($"query($c: String!) {{ foundingGuide(country: $c) {{ {Fields} }} }}", new { c = country });
        var guide = body["data"]!["foundingGuide"]!;
        Assert.Equal(country, guide["country"]!.GetValue<string>());
        Assert.NotEmpty(guide["legalForms"]!.AsArray());
        Assert.NotEmpty(guide["supportBodies"]!.AsArray());
        Assert.All(guide["sources"]!.AsArray(), s => Assert.Contains("https://", s!.GetValue<string>(), StringComparison.Ordinal));
        Assert.True(DateOnly.Parse(guide["reviewedOn"]!.GetValue<string>()) <= DateOnly.FromDateTime(DateTime.UtcNow));
        Assert.False(string.IsNullOrWhiteSpace(guide["reviewedBy"]!.GetValue<string>()));
        Assert.Contains("not legal advice", guide["disclaimer"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheUkGuideNamesASocietyACompanyAndAnLlpWithTheirMinimums()
    {
        var body = await app.GraphQLAsync($"{{ foundingGuide(country: \"United Kingdom\") {{ {Fields} }} }}");
        var forms = body["data"]!["foundingGuide"]!["legalForms"]!.AsArray();
        Assert.Contains(forms, f => f!["name"]!.GetValue<string>().Contains("Co-operative society") && f["minimumMembers"]!.GetValue<int>() == 3);
        Assert.Contains(forms, f => f!["name"]!.GetValue<string>().Contains("limited by guarantee"));
        Assert.Contains(forms, f => f!["name"]!.GetValue<string>().Contains("LLP") && f["minimumMembers"]!.GetValue<int>() == 2);
        Assert.Contains("Co-operatives UK", body["data"]!["foundingGuide"]!["supportBodies"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Theory]
    [InlineData("Japan")]
    [InlineData("Atlantis")]
    public async Task ACountryWithoutAGuideIsNull(string country)
    {
        var body = await app.GraphQLAsync("query($c: String!) { foundingGuide(country: $c) { country } }", new { c = country });
        Assert.Null(body["data"]!["foundingGuide"]);
    }
}
