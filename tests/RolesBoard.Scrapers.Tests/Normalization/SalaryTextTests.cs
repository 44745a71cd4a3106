using RolesBoard.Scrapers.Normalization;
using RolesBoard.Scrapers.Scraping;

namespace RolesBoard.Scrapers.Tests.Normalization;

public sealed class SalaryTextTests
{
    [Theory]
    [InlineData("£35,000 - £40,000", 35000, 40000, "GBP", SalaryPeriod.Year)]
    [InlineData("Salary: £35,000 to £40,000 per annum pro rata", 35000, 40000, "GBP", SalaryPeriod.Year)]
    [InlineData("£16/hour", 16, 16, "GBP", SalaryPeriod.Hour)]
    [InlineData("£12.50 per hour", 12.50, 12.50, "GBP", SalaryPeriod.Hour)]
    [InlineData("€45k", 45000, 45000, "EUR", SalaryPeriod.Year)]
    [InlineData("$90k–$110k per year", 90000, 110000, "USD", SalaryPeriod.Year)]
    [InlineData("£30-35k", 30000, 35000, "GBP", SalaryPeriod.Year)]
    [InlineData("£350 per day", 350, 350, "GBP", SalaryPeriod.Day)]
    [InlineData("£2,500 pcm", 2500, 2500, "GBP", SalaryPeriod.Month)]
    [InlineData("45.000 EUR p.a.", 45000, 45000, "EUR", SalaryPeriod.Year)]
    [InlineData("Open until 5 May. Pay: £28,000", 28000, 28000, "GBP", SalaryPeriod.Year)]
    [InlineData("£28,000 for 30 hours a week", 28000, 28000, "GBP", SalaryPeriod.Year)]
    [InlineData("between £30,000 and £34,000", 30000, 34000, "GBP", SalaryPeriod.Year)]
    [InlineData("$ 1.200.000 ARS", 1200000, 1200000, "ARS", SalaryPeriod.Year)]
    public void ReadsPayWrittenAsProse(string text, double min, double max, string currency, SalaryPeriod period) =>
        Assert.Equal(new Salary((decimal)min, (decimal)max, currency, period), SalaryText.Parse(text));

    [Theory]
    [InlineData("Competitive salary")]
    [InlineData("Work 4 days a week, 30 hours")]
    [InlineData("£16")]
    [InlineData("35000")]
    public void ReturnsNothingRatherThanAGuess(string text) => Assert.Null(SalaryText.Parse(text));
}
