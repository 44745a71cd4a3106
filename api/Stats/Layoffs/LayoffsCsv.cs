using System.Globalization;
using CsvHelper;
using RolesBoard.Api.Geography;

namespace RolesBoard.Api.Stats.Layoffs;

/// <summary>A layoffs file read: the rows that passed, and why each other row did not.</summary>
public sealed record LayoffsFile(IReadOnlyList<LayoffReport> Reports, IReadOnlyList<string> Rejected);

/// <summary>
/// Reads a company-level layoffs CSV (docs/stats.md): a header naming company, country, date (YYYY-MM-DD) and people,
/// optionally source (a URL). Only those columns are read; any other column is ignored and never stored, so a file
/// carrying more than we need leaves no personal data behind. Bounded: at most <see cref="MaxRows"/> rows.
/// </summary>
public static class LayoffsCsv
{
    public const int MaxRows = 100_000;
    private const int MaxPeople = 1_000_000;
    private static readonly string[] Required = ["company", "country", "date", "people"];

    public static LayoffsFile Read(TextReader text, DateTimeOffset now)
    {
        var options = new CsvReaderOptions { Separator = ',', TrimWhitespace = true, TrackLineNumbers = true, MaxRecordSize = 64 * 1024 };
        using var csv = CsvReader.Create(text, options, leaveOpen: true);
        csv.ReadHeader();
        var columns = new Dictionary<string, int>();
        foreach (var name in Required.Append("source"))
        {
            if (csv.TryGetFieldIndex(name, out var index))
            {
                columns[name] = index;
            }
        }
        var missing = Required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"The header lacks {string.Join(", ", missing)}: its first line must name company,country,date,people (and optionally source).");
        }
        string? Field(string name) => columns.TryGetValue(name, out var index) && index < csv.FieldCount ? csv.GetString(index) : null;
        var reports = new Dictionary<string, LayoffReport>();
        var rejected = new List<string>();
        while (csv.Read())
        {
            if (csv.RowNumber > MaxRows)
            {
                throw new InvalidDataException($"More than {MaxRows:N0} rows: split the file.");
            }
            var (report, error) = Row(Field("company"), Field("country"), Field("date"), Field("people"), Field("source"), now);
            if (report is null)
            {
                rejected.Add($"line {csv.LineNumber}: {error}");
                continue;
            }
            reports[report.Id] = report;
        }
        return new LayoffsFile([.. reports.Values], rejected);
    }

    private static (LayoffReport?, string?) Row(string? company, string? country, string? date, string? people, string? source, DateTimeOffset now)
    {
        company = company?.Trim();
        if (string.IsNullOrEmpty(company) || company.Length > 200)
        {
            return (null, "'company' must be the company's name, 1 to 200 characters.");
        }
        var code = Countries.Resolve(country);
        if (code is null || code == Countries.EuropeanUnion)
        {
            return (null, $"'country' must be an ISO 3166 code such as GB, not '{country}'.");
        }
        if (!DateOnly.TryParseExact(date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || day > DateOnly.FromDateTime(now.UtcDateTime))
        {
            return (null, $"'date' must be a past date such as 2026-01-31, not '{date}'.");
        }
        if (!int.TryParse(people?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > MaxPeople)
        {
            return (null, $"'people' must be a whole number from 1 to {MaxPeople:N0}, not '{people}'.");
        }
        var url = string.IsNullOrWhiteSpace(source) ? null : Pages.Html.SafeUrl(source.Trim());
        if (!string.IsNullOrWhiteSpace(source) && url is null)
        {
            return (null, "'source' must be an http or https URL, or empty.");
        }
        return (new LayoffReport
        {
            Id = LayoffReport.IdFor(company, code, day), Company = company, Country = code, Date = day, People = count, Source = url, ImportedAt = now,
        }, null);
    }
}
