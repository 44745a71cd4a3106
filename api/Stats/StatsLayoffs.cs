using System.Globalization;
using RolesBoard.Api.Pages;

namespace RolesBoard.Api.Stats;

/// <summary>Layoffs beside co-op roles and advisers, by country and quarter: where outreach is most needed.</summary>
public static class StatsLayoffs
{
    public static void Render(Html html, MovementStats stats)
    {
        html.Element("h2", "Layoffs beside co-op roles");
        if (stats.Layoffs.Count == 0)
        {
            html.Element("p", "No layoff reports imported for this period.");
            return;
        }
        html.Raw("<table id=\"layoffs\"><caption>People laid off (as companies reported), co-op roles open and advisers, by country and quarter</caption>");
        html.Raw("<thead><tr><th scope=\"col\">Country</th><th scope=\"col\">Quarter</th><th scope=\"col\">Laid off</th><th scope=\"col\">Co-op roles open</th><th scope=\"col\">Advisers</th></tr></thead><tbody>");
        foreach (var row in stats.Layoffs)
        {
            html.Raw("<tr>").Element("th", row.Country, ("scope", "row")).Element("td", row.Quarter)
                .Element("td", N(row.Layoffs)).Element("td", N(row.OpenCoopRoles)).Element("td", N(row.Advisers)).Raw("</tr>");
        }
        html.Raw("</tbody></table>");
        html.Element("p", "Roles open and advisers are counted at the end of each quarter (or of the period).", ("class", "meta"));
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
