namespace RolesBoard.Scrapers.Extraction;

/// <summary>
/// A role as a source states it, before normalization: strings as found (HTML allowed in the description),
/// structured values only where the source itself structures them.
/// </summary>
public sealed record RawRole
{
    public required string Title { get; init; }

    /// <summary>Absolute or relative to the page; null means the page itself.</summary>
    public string? Url { get; init; }

    public string? Location { get; init; }

    /// <summary>The source's own remote hint: schema.org jobLocationType ("TELECOMMUTE"), an ATS workplace type, a flag.</summary>
    public string? WorkplaceHint { get; init; }

    public IReadOnlyList<string> EmploymentTypes { get; init; } = [];

    public RawSalary? Salary { get; init; }

    /// <summary>Pay as prose ("£35,000 - £40,000 per annum"), parsed when nothing structured is given.</summary>
    public string? SalaryText { get; init; }

    public string? DatePosted { get; init; }

    public string? ValidThrough { get; init; }

    public string? Description { get; init; }

    /// <summary>True when the extractor read the description from the page's own parsed tree as plain text (see
    /// <see cref="Normalization.PlainText.Block(AngleSharp.Dom.INode)"/>): normalization then tidies it instead of parsing it again.</summary>
    public bool DescriptionIsText { get; init; }

    public IReadOnlyList<string> Skills { get; init; } = [];

    /// <summary>The source's own id for the role ("greenhouse:4012345"), the best upsert key there is.</summary>
    public string? SourceId { get; init; }

    public string? Terms { get; init; }

    /// <summary>For a role read from prose: how sure the reading is (0 to 1); null for structured sources.</summary>
    public double? Confidence { get; init; }

    /// <summary>For a role read from prose: the evidence found (a role title, pay, a closing date…).</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];
}

public sealed record RawSalary(decimal? Min, decimal? Max, string? Currency, string? Period);
