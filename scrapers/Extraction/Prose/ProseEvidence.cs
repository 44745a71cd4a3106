namespace RolesBoard.Scrapers.Extraction.Prose;

/// <summary>
/// What made a passage of prose read as a vacancy, and how sure that makes us. A role noun in the title is never
/// enough alone: the body must state facts only a vacancy states (pay, hours, contract, a closing date, how to apply).
/// </summary>
[Flags]
public enum ProseEvidence
{
    None = 0,
    RoleTitle = 1,
    Announced = 2,
    Salary = 4,
    Hours = 8,
    Contract = 16,
    ClosingDate = 32,
    HowToApply = 64,
    LabelledLines = 128,
    Location = 256,
    Workplace = 512,
}

internal static class ProseConfidence
{
    private static readonly (ProseEvidence Evidence, double Weight)[] Weights =
    [
        (ProseEvidence.RoleTitle, 0.1), (ProseEvidence.Announced, 0.2), (ProseEvidence.Salary, 0.2), (ProseEvidence.ClosingDate, 0.15),
        (ProseEvidence.HowToApply, 0.15), (ProseEvidence.Contract, 0.1), (ProseEvidence.Hours, 0.05), (ProseEvidence.LabelledLines, 0.1),
        (ProseEvidence.Location, 0.05), (ProseEvidence.Workplace, 0.05),
    ];

    private const ProseEvidence BodyFacts = ProseEvidence.Salary | ProseEvidence.Hours | ProseEvidence.Contract
        | ProseEvidence.ClosingDate | ProseEvidence.HowToApply | ProseEvidence.LabelledLines;

    /// <summary>Two facts of a vacancy in the body, or one under a title that announces a vacancy.</summary>
    public static bool IsVacancy(ProseEvidence found)
    {
        var facts = Weights.Count(w => (w.Evidence & BodyFacts) != 0 && found.HasFlag(w.Evidence));
        return found.HasFlag(ProseEvidence.RoleTitle) && (facts >= 2 || facts >= 1 && found.HasFlag(ProseEvidence.Announced));
    }

    public static double Of(ProseEvidence found) => Math.Min(1, Math.Round(Weights.Where(w => found.HasFlag(w.Evidence)).Sum(w => w.Weight), 2));

    public static IReadOnlyList<string> Names(ProseEvidence found) => [.. Weights.Where(w => found.HasFlag(w.Evidence)).Select(w => NameOf[w.Evidence])];

    // Enum.ToString looks the name up by reflection each time; every prose role asks for several.
    private static readonly Dictionary<ProseEvidence, string> NameOf = Weights.ToDictionary(w => w.Evidence, w => w.Evidence.ToString());
}
