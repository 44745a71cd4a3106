namespace RolesBoard.Api.Money;

/// <summary>ISO 4217 codes in use, and the reference rates used to compare pay across currencies.</summary>
public static class Currencies
{
    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF", "BMD",
        "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CUP", "CVE",
        "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF",
        "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS",
        "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD",
        "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR",
        "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK",
        "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD",
        "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZAR",
        "ZMW", "ZWL",
    };

    // Stated assumption: fixed reference rates (GBP per unit, late 2026) for the currencies co-op roles are posted in.
    // Pay in any other currency is left neutral in comparisons rather than guessed.
    private static readonly Dictionary<string, double> GbpPerUnit = new(StringComparer.Ordinal)
    {
        ["GBP"] = 1.0, ["EUR"] = 0.85, ["USD"] = 0.76, ["CAD"] = 0.55, ["AUD"] = 0.50, ["NZD"] = 0.45, ["CHF"] = 0.90,
        ["SEK"] = 0.074, ["NOK"] = 0.071, ["DKK"] = 0.114, ["PLN"] = 0.20, ["CZK"] = 0.034, ["HUF"] = 0.0021,
        ["ARS"] = 0.0008, ["BRL"] = 0.14, ["MXN"] = 0.041, ["INR"] = 0.0090, ["ZAR"] = 0.042, ["JPY"] = 0.0051,
    };

    public static bool IsIso4217(string code) => Codes.Contains(code);

    public static double? ToGbp(double amount, string currency) =>
        GbpPerUnit.TryGetValue(currency, out var rate) ? amount * rate : null;
}
