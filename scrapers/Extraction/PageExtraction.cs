namespace RolesBoard.Scrapers.Extraction;

/// <summary>What a document yielded: roles, the format that found them, and where to look next when it held none.</summary>
public sealed record PageExtraction(IReadOnlyList<RawRole> Roles, string Format, IReadOnlyList<Lead> Leads)
{
    public static PageExtraction Nothing(IReadOnlyList<Lead> leads) => new([], "none", leads);
}

public enum LeadKind { Feed, AtsBoard, OJobPub, VacancyPost }

/// <summary>A document worth fetching because it may hold the roles this one lacks (a job feed, an ATS board API).</summary>
public sealed record Lead(Uri Url, LeadKind Kind, string Evidence);
