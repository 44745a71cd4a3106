using System.Globalization;
using RolesBoard.Api.Pages;

namespace RolesBoard.Api.Stats;

/// <summary>The weekly charts and the skills chart, each followed by its numbers as a table.</summary>
public static class StatsCharts
{
    private const string Blue = "#1f5fa8";
    private const string Orange = "#c75b12";
    private const string Green = "#2e7d32";

    public static void Render(Html html, MovementStats stats)
    {
        var weeks = stats.Weeks;
        var labels = weeks.Select(w => w.WeekStart.ToString("d MMM", CultureInfo.InvariantCulture)).ToList();
        html.Element("h2", "Roles by week");
        html.Raw(SvgChart.Bars("chart-roles", "Roles opened and closed each week",
            $"Bar chart over {weeks.Count} weeks from {Week(weeks.Count > 0 ? weeks[0] : null)}: {weeks.Sum(w => w.RolesOpened)} roles opened and {weeks.Sum(w => w.RolesClosed)} closed in all. The table below gives each week's numbers.",
            labels,
            new SvgChart.Series("opened", Blue, [.. weeks.Select(w => (double)w.RolesOpened)]),
            new SvgChart.Series("closed", Orange, [.. weeks.Select(w => (double)w.RolesClosed)])));
        html.Raw(SvgChart.Line("chart-open", "Roles open at the end of each week",
            $"Line chart over {weeks.Count} weeks: open roles went from {(weeks.Count > 0 ? weeks[0].OpenRoles : 0)} to {(weeks.Count > 0 ? weeks[^1].OpenRoles : 0)}.",
            labels, new SvgChart.Series("open roles", Green, [.. weeks.Select(w => (double)w.OpenRoles)])));
        WeeksTable(html, weeks);

        html.Element("h2", "Skills in demand");
        var skills = stats.Skills.Take(10).ToList();
        if (skills.Count == 0)
        {
            html.Element("p", "No open roles name skills yet.");
            return;
        }
        html.Raw(SvgChart.HorizontalBars("chart-skills", "Skills open roles ask for most",
            "Bar chart: " + string.Join(", ", skills.Select(s => $"{s.Skill} {s.Count}")) + ".",
            [.. skills.Select(s => (s.Skill, (double)s.Count))], Blue));
    }

    private static void WeeksTable(Html html, IReadOnlyList<WeekStats> weeks)
    {
        html.Raw("<details><summary>The numbers by week</summary><table><caption>Roles and co-ops by week (week starting Monday, UTC)</caption>");
        html.Raw("<thead><tr><th scope=\"col\">Week</th><th scope=\"col\">Opened</th><th scope=\"col\">Closed</th><th scope=\"col\">Open</th><th scope=\"col\">Stating pay</th><th scope=\"col\">Active co-ops</th></tr></thead><tbody>");
        foreach (var w in weeks)
        {
            html.Raw("<tr>").Element("th", Week(w), ("scope", "row"))
                .Element("td", N(w.RolesOpened)).Element("td", N(w.RolesClosed)).Element("td", N(w.OpenRoles))
                .Element("td", N(w.RolesStatingPay)).Element("td", N(w.ActiveCoops)).Raw("</tr>");
        }
        html.Raw("</tbody></table></details>");
    }

    private static string Week(WeekStats? week) => week is null ? "-" : StatsPage.Day(week.WeekStart);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
