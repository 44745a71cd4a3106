using System.Text.RegularExpressions;
using Microsoft.Extensions.Primitives;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Feeds;

/// <summary>
/// The contract's query-string filters (<c>q</c>, repeatable <c>skill</c>, <c>remote</c>, <c>coop</c>), the facets'
/// <c>country</c> and repeatable <c>type</c>, plus <c>limit</c> and <c>after</c>, shared by the feeds, the role list and the widget. Each bad value gets
/// a message a person can act on; unknown parameters (utm_source and friends) are ignored.
/// </summary>
public sealed partial record FeedRequest(RoleFilter Filter, int Limit, string? After)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 100;
    private const int MaxQueryLength = 200;
    private const int MaxSkills = 20;

    /// <summary>The parameters that change the answer: the output cache varies on exactly these.</summary>
    public static readonly string[] Keys = ["q", "skill", "remote", "coop", "country", "type", "limit", "after"];

    public static (FeedRequest? Request, string? Error) Parse(IQueryCollection query, int defaultLimit = DefaultLimit)
    {
        var filter = new RoleFilter();
        var q = Single(query, "q");
        if (q is not null)
        {
            if (q.Length > MaxQueryLength)
            {
                return Fail($"'q' is longer than {MaxQueryLength} characters.");
            }
            filter.Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        }

        var skills = Values(query["skill"]);
        if (skills.Any(s => s.Length > 60))
        {
            return Fail("Each 'skill' must be a skill name of at most 60 characters, such as skill=PostgreSQL.");
        }
        if (skills.Count > MaxSkills)
        {
            return Fail($"At most {MaxSkills} 'skill' values.");
        }
        filter.Skills = skills.Count > 0 ? skills : null;

        var remote = new List<RemotePolicy>();
        foreach (var value in Values(query["remote"]))
        {
            if (!TryParseRemote(value, out var policy))
            {
                return Fail($"'remote' must be remote, hybrid or onsite, not '{Clip(value)}'.");
            }
            remote.Add(policy);
        }
        filter.Remote = remote.Count > 0 ? remote.Distinct().ToList() : null;

        var coop = Single(query, "coop")?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(coop))
        {
            if (!SlugPattern().IsMatch(coop))
            {
                return Fail($"'coop' must be a co-op's slug (lower-case letters, digits and hyphens), not '{Clip(coop)}'.");
            }
            filter.Coop = coop;
        }

        var country = Single(query, "country")?.Trim();
        if (!string.IsNullOrEmpty(country))
        {
            if (Geography.Countries.Resolve(country) is not { } code)
            {
                return Fail($"'country' must be an ISO 3166 code such as GB, not '{Clip(country)}'.");
            }
            filter.Country = code;
        }

        var types = new List<EmploymentType>();
        foreach (var value in Values(query["type"]))
        {
            if (!Enum.TryParse<EmploymentType>(value.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var type) || !Enum.IsDefined(type))
            {
                return Fail($"'type' must be an employment type such as full_time or contractor, not '{Clip(value)}'.");
            }
            types.Add(type);
        }
        filter.EmploymentTypes = types.Count > 0 ? types.Distinct().ToList() : null;

        var limit = defaultLimit;
        var limitText = Single(query, "limit");
        if (limitText is not null && (!int.TryParse(limitText, out limit) || limit is < 1 or > MaxLimit))
        {
            return Fail($"'limit' must be a whole number from 1 to {MaxLimit}.");
        }
        if (query["q"].Count > 1 || query["coop"].Count > 1 || query["country"].Count > 1 || query["limit"].Count > 1 || query["after"].Count > 1)
        {
            return Fail("'q', 'coop', 'country', 'limit' and 'after' may each be given once; only 'skill', 'remote' and 'type' repeat.");
        }
        var after = Single(query, "after");
        return (new FeedRequest(filter, limit, string.IsNullOrEmpty(after) ? null : after), null);
    }

    /// <summary>The filters as a query string (without limit and after), for links to the next page and the feeds.</summary>
    public string ToQueryString(string? after = null) =>
        Microsoft.AspNetCore.Http.QueryString.Create(Parts(after)).ToString();

    /// <summary>The filters with one parameter's values replaced by <paramref name="value"/> (none when null): a facet's link.</summary>
    public string ToQueryString(string key, string? value) => Microsoft.AspNetCore.Http.QueryString.Create(
        Parts(null).Where(p => p.Key != key).Concat(value is null ? [] : [new(key, value)])).ToString();

    private List<KeyValuePair<string, string?>> Parts(string? after)
    {
        var parts = new List<KeyValuePair<string, string?>>();
        if (Filter.Query is { } q)
        {
            parts.Add(new("q", q));
        }
        parts.AddRange((Filter.Skills ?? []).Select(s => new KeyValuePair<string, string?>("skill", s)));
        parts.AddRange((Filter.Remote ?? []).Select(r => new KeyValuePair<string, string?>("remote", r.ToString().ToLowerInvariant())));
        if (Filter.Coop is { } coop)
        {
            parts.Add(new("coop", coop));
        }
        if (Filter.Country is { } country)
        {
            parts.Add(new("country", country));
        }
        parts.AddRange((Filter.EmploymentTypes ?? []).Select(t => new KeyValuePair<string, string?>("type", RoleDocument.GraphQLName(t)!.ToLowerInvariant())));
        if (after is not null)
        {
            parts.Add(new("after", after));
        }
        return parts;
    }

    private static bool TryParseRemote(string value, out RemotePolicy policy)
    {
        policy = value.ToLowerInvariant() switch
        {
            "remote" => RemotePolicy.Remote,
            "hybrid" => RemotePolicy.Hybrid,
            "onsite" or "on-site" => RemotePolicy.Onsite,
            _ => (RemotePolicy)(-1),
        };
        return Enum.IsDefined(policy);
    }

    /// <summary>Repeated parameters and comma-separated lists both work (skill=a&amp;skill=b or skill=a,b); empty
    /// values are ignored, because an HTML form sends its empty fields.</summary>
    private static List<string> Values(StringValues values) =>
        values.SelectMany(v => (v ?? "").Split(',')).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string? Single(IQueryCollection query, string key) => query.TryGetValue(key, out var v) ? v.ToString() : null;

    private static string Clip(string value) => value.Length > 40 ? value[..40] + "…" : value;

    private static (FeedRequest?, string?) Fail(string error) => (null, error);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
