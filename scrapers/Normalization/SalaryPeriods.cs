using System.Text.RegularExpressions;
using RolesBoard.Scrapers.Scraping;

namespace RolesBoard.Scrapers.Normalization;

/// <summary>The many spellings of a pay period (schema.org unitText, ATS intervals, prose) as a <see cref="SalaryPeriod"/>.</summary>
internal static partial class SalaryPeriods
{
    public static SalaryPeriod? Parse(string? text) => text switch
    {
        null => null,
        _ when Hour().IsMatch(text) => SalaryPeriod.Hour,
        _ when Day().IsMatch(text) => SalaryPeriod.Day,
        _ when Week().IsMatch(text) => SalaryPeriod.Week,
        _ when Month().IsMatch(text) => SalaryPeriod.Month,
        _ when Year().IsMatch(text) => SalaryPeriod.Year,
        _ => null,
    };

    /// <summary>With no period stated, only an amount no hourly or daily rate reaches is taken as yearly.</summary>
    public static SalaryPeriod? Guess(decimal amount) => amount >= 5000 ? SalaryPeriod.Year : null;

    [GeneratedRegex(@"hour|\bhr\b|/\s?h\b|\bp/?h\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hour();

    [GeneratedRegex(@"\bday|daily|\bp/?d\b", RegexOptions.IgnoreCase)]
    private static partial Regex Day();

    [GeneratedRegex(@"week|\bp/?w\b", RegexOptions.IgnoreCase)]
    private static partial Regex Week();

    [GeneratedRegex(@"month|\bpcm\b|\bp/?m\b|/\s?mo\b", RegexOptions.IgnoreCase)]
    private static partial Regex Month();

    [GeneratedRegex(@"year|annum|annual|\bp\.?\s?a\b\.?|/\s?yr\b|\bpa\b", RegexOptions.IgnoreCase)]
    private static partial Regex Year();
}
