namespace RolesBoard.Scrapers.Fetching;

public enum FetchStatus { Ok, NotModified, Disallowed, Failed }

/// <summary>A fetched document (decoded text), or why there is none.</summary>
public sealed record FetchResult(
    FetchStatus Status,
    Uri Url,
    string Text = "",
    string? ContentType = null,
    string? ETag = null,
    DateTimeOffset? LastModified = null,
    string? Error = null,
    int? StatusCode = null,
    bool AddressRefused = false)
{
    public bool IsOk => Status == FetchStatus.Ok;

    public static FetchResult Failed(Uri url, string error, int? statusCode = null) =>
        new(FetchStatus.Failed, url, Error: error, StatusCode: statusCode);
}

/// <summary>Validators of an earlier response, sent back so an unchanged page costs the site almost nothing.</summary>
public sealed record ConditionalHeaders(string? ETag, DateTimeOffset? LastModified);
