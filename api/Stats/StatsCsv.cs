using System.Globalization;
using CsvHelper;

namespace RolesBoard.Api.Stats;

/// <summary>
/// /stats.csv: one row a week, week_start first, header first (RFC 4180 through CsvHelper). People columns hold a
/// number, "fewer than 10", or nothing when the download is filtered by country or network.
/// </summary>
public static class StatsCsv
{
    public const string ContentType = "text/csv; charset=utf-8; header=present";

    private static readonly (string Name, Func<WeekStats, object?> Value)[] Columns =
    [
        ("week_start", w => w.WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("roles_opened", w => w.RolesOpened),
        ("roles_closed", w => w.RolesClosed),
        ("open_roles", w => w.OpenRoles),
        ("roles_stating_pay", w => w.RolesStatingPay),
        ("coops", w => w.Coops),
        ("verified_coops", w => w.VerifiedCoops),
        ("active_coops", w => w.ActiveCoops),
        ("coops_scraped_successfully", w => w.CoopsScrapedSuccessfully),
        ("median_days_open", w => w.MedianDaysOpen),
        ("seekers_registered", w => w.SeekersRegistered?.Text),
        ("introductions_requested", w => w.IntroductionsRequested?.Text),
        ("introductions_accepted", w => w.IntroductionsAccepted?.Text),
    ];

    public static byte[] Write(MovementStats stats)
    {
        using var bytes = new MemoryStream();
        using (var csv = CsvWriter.Create(bytes, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteHeader([.. Columns.Select(c => c.Name)]);
            foreach (var week in stats.Weeks)
            {
                foreach (var (_, value) in Columns)
                {
                    csv.WriteField(value(week));
                }
                csv.EndRecord();
            }
        }
        return bytes.ToArray();
    }
}
