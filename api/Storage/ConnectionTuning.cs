using System.Data.Common;
using Npgsql;

namespace RolesBoard.Api.Storage;

/// <summary>
/// What the board adds to the connection string it is given, unless that string already says otherwise. A statement
/// run twice on a connection is prepared, so PostgreSQL parses Marten's long insert and read statements once per
/// connection instead of at every use (a scrape inserts tens of roles and their change records with the same text);
/// each use is still planned for its own parameters (plan_cache_mode=force_custom_plan), so a search never settles on
/// a generic plan that suits one co-op's filters and not another's.
/// </summary>
public static class ConnectionTuning
{
    public const int MaxAutoPrepare = 50;

    public static string Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var tuned = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            tuned.MaxAutoPrepare = MaxAutoPrepare;
            if (!given.ContainsKey("Auto Prepare Min Usages") && !given.ContainsKey("AutoPrepareMinUsages"))
            {
                tuned.AutoPrepareMinUsages = 2;
            }
        }
        if (tuned.Options?.Contains("plan_cache_mode", StringComparison.Ordinal) != true)
        {
            tuned.Options = $"{tuned.Options} -c plan_cache_mode=force_custom_plan".Trim();
        }
        return tuned.ConnectionString;
    }
}
