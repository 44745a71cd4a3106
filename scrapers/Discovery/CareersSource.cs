namespace RolesBoard.Scrapers.Discovery;

public enum DiscoveryMethod { LabelledLink, AtsBoard, JobFeed, CommonPath, OJobPub }

/// <summary>A place a co-op's roles can be scraped from, how it was found and the evidence, so an admin can judge or override it.</summary>
public sealed record CareersSource(Uri Url, DiscoveryMethod Method, string Evidence);

/// <summary>What discovery found on a website; <see cref="Error"/> says why the site itself could not be read.</summary>
public sealed record DiscoveryResult(Uri Website, IReadOnlyList<CareersSource> Sources, string? Error = null)
{
    public bool Succeeded => Error is null;
}
