using System.Buffers;
using System.Text.RegularExpressions;

namespace RolesBoard.Scrapers.Extraction.Ats;

public enum AtsKind { Greenhouse, Lever, Ashby, Recruitee, Personio }

/// <summary>
/// An applicant tracking system's public job board: which ATS, whose board, and its documented public API.
/// Co-ops often link to these instead of listing roles themselves; their APIs are meant for exactly this use.
/// </summary>
public sealed partial record AtsBoard(AtsKind Kind, string Token)
{
    public Uri ApiUrl => Kind switch
    {
        AtsKind.Greenhouse => new($"https://boards-api.greenhouse.io/v1/boards/{Token}/jobs?content=true"),
        AtsKind.Lever => new($"https://api.lever.co/v0/postings/{Token}?mode=json"),
        AtsKind.Ashby => new($"https://api.ashbyhq.com/posting-api/job-board/{Token}?includeCompensation=true"),
        AtsKind.Recruitee => new($"https://{Token}.recruitee.com/api/offers/"),
        _ => new($"https://{Token}.jobs.personio.de/xml"),
    };

    /// <summary>What the host of every board <see cref="FromUrl"/> knows contains: a page that mentions none links to none.</summary>
    internal static readonly string[] Hosts = ["greenhouse.io", "lever.co", "ashbyhq.com", "recruitee.com", "personio."];

    /// <summary><see cref="Hosts"/> for one case-insensitive pass over a page's markup.</summary>
    internal static readonly SearchValues<string> HostMarks = SearchValues.Create(Hosts, StringComparison.OrdinalIgnoreCase);

    /// <summary>The board a URL belongs to: a public board page, an embed script, or the API itself.</summary>
    public static AtsBoard? FromUrl(Uri url)
    {
        var host = url.Host.ToLowerInvariant();
        var path = url.AbsolutePath;
        var query = url.Query;
        string? Segment(int i) => path.Split('/', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(i);
        var board = host switch
        {
            "boards-api.greenhouse.io" when GreenhouseApi().Match(path) is { Success: true } m => new AtsBoard(AtsKind.Greenhouse, m.Groups[1].Value),
            "boards.greenhouse.io" or "job-boards.greenhouse.io" or "job-boards.eu.greenhouse.io" when ForParameter().Match(query) is { Success: true } m => new AtsBoard(AtsKind.Greenhouse, m.Groups[1].Value),
            "boards.greenhouse.io" or "job-boards.greenhouse.io" or "job-boards.eu.greenhouse.io" when Segment(0) is { } t && t != "embed" => new AtsBoard(AtsKind.Greenhouse, t),
            "api.lever.co" when Segment(0) == "v0" && Segment(2) is { } t => new AtsBoard(AtsKind.Lever, t),
            "jobs.lever.co" or "jobs.eu.lever.co" when Segment(0) is { } t => new AtsBoard(AtsKind.Lever, t),
            "api.ashbyhq.com" when Segment(2) is { } t && path.Contains("/job-board/", StringComparison.Ordinal) => new AtsBoard(AtsKind.Ashby, t),
            "jobs.ashbyhq.com" when Segment(0) is { } t => new AtsBoard(AtsKind.Ashby, t),
            _ when host.EndsWith(".recruitee.com", StringComparison.Ordinal) && host.Split('.')[0] is var t && t != "www" && t != "app" => new AtsBoard(AtsKind.Recruitee, t),
            _ when PersonioHost().Match(host) is { Success: true } m => new AtsBoard(AtsKind.Personio, m.Groups[1].Value),
            _ => null,
        };
        return board is null || !SafeToken().IsMatch(board.Token) ? null : board;
    }

    /// <summary>Whether <paramref name="url"/> is this kind's API endpoint (so the document is its JSON or XML).</summary>
    public static bool IsApiUrl(Uri url) => FromUrl(url) is { } b && b.ApiUrl.Host == url.Host && b.ApiUrl.AbsolutePath.TrimEnd('/') == url.AbsolutePath.TrimEnd('/');

    [GeneratedRegex(@"^/v1/boards/([^/]+)/jobs")]
    private static partial Regex GreenhouseApi();

    [GeneratedRegex(@"[?&]for=([^&]+)")]
    private static partial Regex ForParameter();

    [GeneratedRegex(@"^([a-z0-9-]+)\.jobs\.personio\.(de|com)$")]
    private static partial Regex PersonioHost();

    [GeneratedRegex(@"^[A-Za-z0-9._-]{1,100}$")]
    private static partial Regex SafeToken();
}
