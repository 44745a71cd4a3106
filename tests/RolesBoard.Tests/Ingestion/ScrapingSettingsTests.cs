using RolesBoard.Api.Ingestion;
using RolesBoard.Api.Storage;

namespace RolesBoard.Tests.Ingestion;

public sealed class ScrapingSettingsTests
{
    [Theory]
    [InlineData(null, 6 * 60)]
    [InlineData("", 6 * 60)]
    [InlineData("06:00:00", 6 * 60)]
    [InlineData("00:30:00", 30)]
    [InlineData("1.00:00:00", 24 * 60)]
    [InlineData("0", 0)]
    [InlineData("00:00:00", 0)]
    public void TheIntervalIsATimeSpanOrZeroForOff(string? raw, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), ScrapingSettings.ParseInterval(raw));

    [Theory]
    [InlineData("6")]
    [InlineData("6h")]
    [InlineData("-01:00:00")]
    [InlineData("00:00:05")]
    [InlineData("25:00:00")]
    public void AnythingElseStopsStartUpWithOneClearLine(string raw)
    {
        var refused = Assert.Throws<StartupException>(() => ScrapingSettings.ParseInterval(raw));
        Assert.Contains("ROLESBOARD_SCRAPE_INTERVAL", refused.Message);
        Assert.DoesNotContain('\n', refused.Message);
    }

    [Theory]
    [InlineData("Senior Developers (Backend)", "senior developer - backend")]
    [InlineData("Designer", "The Designer")]
    [InlineData("Web Engineering Lead", "web engineering lead")]
    public void TitlesThatNameTheSameJobShareAKey(string a, string b) => Assert.Equal(TitleKey.Of(a), TitleKey.Of(b));

    [Theory]
    [InlineData(null, true)]
    [InlineData("CC BY 4.0", true)]
    [InlineData("Copyright 2026. All rights reserved.", false)]
    [InlineData("Not for redistribution", false)]
    public void OnlyAnExplicitRefusalStopsSyndication(string? terms, bool allowed) => Assert.Equal(allowed, Syndication.Allows(terms));
}
