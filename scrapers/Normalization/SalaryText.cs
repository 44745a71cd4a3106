using System.Buffers;
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
    public static Salary? Parse(string? text) => Mentions(text).Select(Yearly).FirstOrDefault(s => s is not null);

    private static Salary? Yearly(MoneyMention m) =>
        (SalaryPeriods.Parse(WithoutWorkingWeek(m.After)) ?? SalaryPeriods.Guess(m.Min)) is { } period ? new Salary(m.Min, m.Max, m.Currency, period) : null;

    /// <summary>Every sum of money the text states, with the words after it (where its period is written).</summary>
    internal static IEnumerable<MoneyMention> Mentions(string? text) =>
        string.IsNullOrWhiteSpace(text) || !text.AsSpan().ContainsAny(CurrencyMarks) ? [] : Money().Matches(text).Select(FromMatch).OfType<MoneyMention>();

    // A sum is a mention only with a currency (FromMatch drops the rest), and every currency the pattern below reads
    // is one of these symbols or codes: text with none of them (most lines of a post, and most descriptions' numbers)
    // is passed over in one vectorized search instead of being matched number by number. Keep the two in step.
    private static readonly SearchValues<string> CurrencyMarks = SearchValues.Create(
        ["£", "€", "$", "GBP", "EUR", "USD", "CHF", "CAD", "AUD", "ARS", "SEK", "NOK", "DKK", "PLN", "MXN", "CLP", "COP", "UYU"], StringComparison.Ordinal);

    /// <summary>"for 30 hours a week" says how long the week is, not that the pay is hourly.</summary>
    internal static string WithoutWorkingWeek(string after) => WorkingWeek().Replace(after, " ");

    private static MoneyMention? FromMatch(Match m)
    {
        var symbol = m.Groups["cur"].Success ? m.Groups["cur"].Value : m.Groups["cur2"].Success ? m.Groups["cur2"].Value : m.Groups["curAfter"].Value;
        // A code after the sum ("$ 900.000 ARS") is more precise than the symbol before it.
        var currency = Currency(m.Groups["curAfter"].Value) ?? Currency(m.Groups["cur"].Value) ?? Currency(m.Groups["cur2"].Value);
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
        // "£500 and 3 days' holiday" is one sum, not a range.
        if (min > max)
        {
            max = min;
        }
        return new MoneyMention(min.Value, max.Value, currency, symbol.Trim(), m.Groups["after"].Value, m.Index, m.Length);
    }

    internal static string? Currency(string? symbolOrCode) => symbolOrCode?.Trim().ToUpperInvariant() switch
    {
        "£" or "GBP" => "GBP",
        "€" or "EUR" => "EUR",
        "$" or "USD" or "US$" => "USD",
        "CHF" => "CHF",
        "ARS" or "MXN" or "CLP" or "COP" or "UYU" or "BRL" => symbolOrCode.Trim().ToUpperInvariant(),
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

    [GeneratedRegex(@"\d+(?:\.\d+)?\s*(?:hours|hrs|h)\s*(?:a|per|/|each)\s*week", RegexOptions.IgnoreCase)]
    private static partial Regex WorkingWeek();

    [GeneratedRegex(@"^\d{1,3}([.,]\d{3})+$")]
    private static partial Regex Thousands();

    [GeneratedRegex(@"(?<cur>£|€|\$|US\$|GBP|EUR|USD|CHF|CAD|AUD|ARS)?\s?(?<min>\d{1,3}(?:[,.]\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)\s?(?<kmin>[kK]\b)?(?:\s*(?:-|–|—|to|and|y|a)\s*(?<cur2>£|€|\$|GBP|EUR|USD)?\s?(?<max>\d{1,3}(?:[,.]\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)\s?(?<kmax>[kK]\b)?)?\s?(?<curAfter>GBP|EUR|USD|CHF|SEK|NOK|DKK|PLN|ARS|MXN|CLP|COP|UYU)?(?<after>[^.\n;£€$]{0,30}(?:\.[^\n;£€$]{0,10})?)",
        RegexOptions.None, 1000)]
    private static partial Regex Money();
}

/// <summary>A sum of money in text: its amounts, currency (ISO 4217) and the symbol or code as written.</summary>
internal sealed record MoneyMention(decimal Min, decimal Max, string Currency, string Symbol, string After, int Index, int Length);
