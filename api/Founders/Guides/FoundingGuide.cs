namespace RolesBoard.Api.Founders.Guides;

/// <summary>
/// How a worker co-op can be founded in one country, from a reviewed data file in Guides/data (one per country).
/// A starting point for founders, not legal advice: every guide names its sources, reviewer and review date.
/// </summary>
public sealed record FoundingGuide(
    string Country,
    string CountryName,
    DateOnly ReviewedOn,
    string ReviewedBy,
    IReadOnlyList<LegalForm> LegalForms,
    IReadOnlyList<string> ModelRules,
    IReadOnlyList<string> SupportBodies,
    IReadOnlyList<string> Sources)
{
    public const string Disclaimer =
        "This guide is a starting point, not legal advice: laws change and details vary by region. Check with the support bodies listed, or a lawyer, before you register.";
}

public sealed record LegalForm(string Name, int? MinimumMembers, string Notes);
