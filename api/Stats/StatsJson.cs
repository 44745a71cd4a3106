using System.Text.Json;

namespace RolesBoard.Api.Stats;

/// <summary>/stats.json: the licence and the query first, then every figure, week, skill and layoff row.</summary>
public static class StatsJson
{
    public const string ContentType = "application/json; charset=utf-8";
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static byte[] Write(MovementStats s) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        licence = MovementStats.Licence,
        licenceUrl = MovementStats.LicenceUrl,
        attribution = MovementStats.Attribution,
        from = s.Query.From,
        to = s.Query.To,
        country = s.Query.Country,
        network = s.Query.Network,
        snapshotDay = s.SnapshotDay,
        updatedAt = s.UpdatedAt,
        s.OpenRoles,
        s.Coops,
        s.VerifiedCoops,
        s.ActiveCoops,
        s.RolesStatingPay,
        s.ShareStatingPay,
        s.FlatPayCoops,
        s.MedianMonthsToMembership,
        s.MedianDaysOpen,
        s.CoopsWithCareersPages,
        s.CoopsScrapedSuccessfully,
        s.Seekers,
        s.IntroductionsRequested,
        s.IntroductionsAccepted,
        s.Weeks,
        topSkills = s.Skills,
        s.Layoffs,
    }, Options);
}
