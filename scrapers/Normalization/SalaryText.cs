using System.Globalization;
using System.Text.RegularExpressions;
using RolesBoard.Scrapers.Scraping;

namespace RolesBoard.Scrapers.Normalization;

/// <summary>
/// Pay written as prose: "£35,000 - £40,000", "£16/hour", "€45k", "$90k–$110k per year", "45.000 EUR p.a.".
/// Returns nothing rather than a guess when the currency or the period cannot be told.
/// </summary>
public static partial class SalaryText
{
    public static Salary? Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Money().Matches(text).Select(FromMatch).FirstOrDefault(s => s is not null);

    private static Salary? FromMatch(Match m)
    {
        var currency = Currency(m.Groups["cur"].Value) ?? Currency(m.Groups["cur2"].Value) ?? Currency(m.Groups["curAfter"].Value);
        var min = Amount(m.Groups["min"].Value);
        var max = m.Groups["max"].Success ? Amount(m.Groups["max"].Value) : min;
        if (currency is null || min is null || max is null)
        {
            return null;
        }
        // "£30-35k": the k of the upper bound applies to the lower one too.
        var kMax = m.Groups["kmax"].Success || !m.Groups["max"].Success && m.Groups["kmin"].Success;
        if (m.Groups["kmin"].Success || (kMax && min < 1000))
        {
            min *= 1000;
        }
        if (kMax)
        {
            max *= 1000;
        }
        var period = SalaryPeriods.Parse(m.Groups["after"].Value) ?? SalaryPeriods.Guess(min.Value);
        return period is null || min > max ? null : new Salary(min.Value, max.Value, currency, period.Value);
    }

    internal static string? Currency(string? symbolOrCode) => symbolOrCode?.Trim().ToUpperInvariant() switch
    {
        "£" or "GBP" => "GBP",
        "€" or "EUR" => "EUR",
        "$" or "USD" or "US$" => "USD",
        "CHF" => "CHF",
        "CAD" or "C$" => "CAD",
        "AUD" or "A$" => "AUD",
        "SEK" or "NOK" or "DKK" or "PLN" or "CZK" or "NZD" or "JPY" or "INR" => symbolOrCode.Trim().ToUpperInvariant(),
        _ => null,
    };

    private static decimal? Amount(string raw)
    {
        var digits = raw.Replace(" ", "", StringComparison.Ordinal);
        // "35,000" and "45.000" are thousands; "16.50" is pounds and pence.
        digits = Thousands().IsMatch(digits) ? digits.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal)
            : digits.Replace(",", "", StringComparison.Ordinal);
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    [GeneratedRegex(@"^\d{1,3}([.,]\d{3})+$")]
    private static partial Regex Thousands();

    [GeneratedRegex(@"(?<cur>£|€|\$|US\$|GBP|EUR|USD|CHF|CAD|AUD)?\s?(?<min>\d{1,3}(?:[,.]\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)\s?(?<kmin>[kK]\b)?(?:\s*(?:-|–|—|to)\s*(?<cur2>£|€|\$|GBP|EUR|USD)?\s?(?<max>\d{1,3}(?:[,.]\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)\s?(?<kmax>[kK]\b)?)?\s?(?<curAfter>GBP|EUR|USD|CHF|SEK|NOK|DKK|PLN)?(?<after>[^.\n;£€$]{0,30}(?:\.[^\n;£€$]{0,10})?)",
        RegexOptions.None, 1000)]
    private static partial Regex Money();
}
