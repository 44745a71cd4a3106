namespace RolesBoard.Api.Ingestion;

/// <summary>
/// Whether a source's stated terms let feeds and embedding sites republish its roles. A job advert is meant to be
/// spread and the co-op is a member, so silence allows it; only an explicit refusal turns syndication off.
/// </summary>
public static class Syndication
{
    private static readonly string[] Refusals =
    [
        "all rights reserved", "no redistribution", "not for redistribution", "do not redistribute", "may not be redistributed",
        "must not be redistributed", "may not be reproduced", "may not be republished", "do not republish", "no syndication",
    ];

    public static bool Allows(string? terms) =>
        string.IsNullOrWhiteSpace(terms) || !Refusals.Any(r => terms.Contains(r, StringComparison.OrdinalIgnoreCase));
}
