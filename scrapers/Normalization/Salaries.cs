using RolesBoard.Scrapers.Extraction;
using RolesBoard.Scrapers.Scraping;

namespace RolesBoard.Scrapers.Normalization;

/// <summary>Pay into the contract's { min, max, currency, period }: structured data first, then prose.</summary>
public static class Salaries
{
    public static Salary? From(RawSalary? structured, params string?[] texts)
    {
        if (structured is { } s && (s.Min ?? s.Max) is { } anyAmount && SalaryText.Currency(s.Currency) is { } currency)
        {
            var min = s.Min ?? anyAmount;
            var max = s.Max ?? anyAmount;
            var period = SalaryPeriods.Parse(s.Period) ?? SalaryPeriods.Guess(min);
            if (period is not null && min <= max)
            {
                return new Salary(min, max, currency, period.Value);
            }
        }
        return texts.Select(SalaryText.Parse).FirstOrDefault(p => p is not null);
    }
}
