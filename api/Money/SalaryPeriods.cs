namespace RolesBoard.Api.Money;

public static class SalaryPeriods
{
    // Stated assumption for comparing pay quoted per hour/day/week/month with yearly pay: a full-time year of
    // 37.5-hour weeks, 46 working weeks (after holidays), 5 days a week.
    public const double HoursPerYear = 37.5 * 46;
    public const double DaysPerYear = 5 * 46;
    public const double WeeksPerYear = 46;

    public static double ToYearly(double amount, SalaryPeriod period) => period switch
    {
        SalaryPeriod.Hour => amount * HoursPerYear,
        SalaryPeriod.Day => amount * DaysPerYear,
        SalaryPeriod.Week => amount * WeeksPerYear,
        SalaryPeriod.Month => amount * 12,
        _ => amount,
    };

    /// <summary>Yearly pay in GBP, for comparisons; null when the currency has no reference rate.</summary>
    public static double? ToYearlyGbp(double amount, string currency, SalaryPeriod period) =>
        Currencies.ToGbp(ToYearly(amount, period), currency);
}
