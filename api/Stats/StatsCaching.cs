namespace RolesBoard.Api.Stats;

/// <summary>
/// /stats, /stats.csv and /stats.json are cached like the feeds: in the output cache (evicted when the snapshot job
/// writes) and by clients and proxies through ETag, Last-Modified and Cache-Control. Snapshots change hourly at most.
/// </summary>
public static class StatsCaching
{
    public const string Policy = "movement-stats";
    public const string Tag = "movement-stats";
    public const string CacheControl = "public, max-age=300, stale-while-revalidate=3600";
    public static readonly string[] Keys = ["from", "to", "country", "network"];
}
