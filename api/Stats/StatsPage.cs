using System.Globalization;
using RolesBoard.Api.Pages;

namespace RolesBoard.Api.Stats;

/// <summary>
/// <c>/stats</c>: the figures, three charts drawn as SVG on the server (each with the numbers as a table too),
/// layoffs beside co-op roles, and how to download and cite the data. No script; the shared page shell.
/// </summary>
public static class StatsPage
{
    public static Html Render(MovementStats stats, string origin, string queryString)
    {
        var q = stats.Query;
        return Layout.Page("The movement in numbers", main =>
        {
            main.Element("h1", "The movement in numbers");
            main.Element("p", $"Tech worker co-operatives on RolesBoard, {Day(q.From)} to {Day(q.To)} (UTC)"
                + (q.Country is null ? "" : $", in {q.Country}") + (q.Network is null ? "" : $", in the {q.Network} network") + ".");
            Form(main, q);
            StatsFigures.Render(main, stats);
            StatsCharts.Render(main, stats);
            StatsLayoffs.Render(main, stats);
            Download(main, stats, origin, queryString);
        }, head => head.Raw("<style>").Raw(Style).Raw("</style>"));
    }

    private const string Style = """
        dl.figures{display:grid;grid-template-columns:1fr auto;gap:.25rem 1rem}dl.figures dd{margin:0;font-weight:600;text-align:right}
        table{border-collapse:collapse;margin:.5rem 0}th,td{padding:.2rem .6rem;border-bottom:1px solid #ddd;text-align:right}
        th[scope=col],caption{text-align:left}svg.chart{max-width:100%;height:auto;margin:.5rem 0}
        """;

    private static void Form(Html html, StatsQuery q)
    {
        html.Open("form", ("method", "get"), ("action", "/stats"), ("aria-label", "Period and place"));
        html.Raw("<label>From").Open("input", ("type", "date"), ("name", "from"), ("value", Day(q.From))).Raw("</label>");
        html.Raw("<label>To").Open("input", ("type", "date"), ("name", "to"), ("value", Day(q.To))).Raw("</label>");
        html.Raw("<label>Country (ISO code)").Open("input", ("name", "country"), ("size", "4"), ("value", q.Country)).Raw("</label>");
        html.Raw("<label>Network").Open("input", ("name", "network"), ("value", q.Network)).Raw("</label>");
        html.Raw("<button type=\"submit\">Show</button></form>");
    }

    private static void Download(Html html, MovementStats stats, string origin, string queryString)
    {
        html.Element("h2", "Download and cite", ("id", "data"));
        html.Open("p").Text("The figures on this page, one row a week: ")
            .Element("a", "CSV", ("href", "/stats.csv" + queryString)).Text(" · ")
            .Element("a", "JSON", ("href", "/stats.json" + queryString)).Text(" · or the ")
            .Element("code", "movementStats").Text(" query of the ").Element("a", "GraphQL API", ("href", "/graphql")).Text(".").Close("p");
        html.Open("p", ("id", "licence")).Text("Open data under the ")
            .Element("a", "Creative Commons Attribution 4.0 licence (CC BY 4.0)", ("href", MovementStats.LicenceUrl), ("rel", "license"))
            .Text(": use it for anything, saying where it came from.").Close("p");
        var updated = stats.UpdatedAt?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "not yet";
        html.Element("p", $"Cite as: {MovementStats.Attribution}, \"The movement in numbers\", {origin}/stats{queryString} (figures of {updated}), CC BY 4.0.", ("class", "meta"));
        html.Element("p", "Figures about people count only groups of 10 or more (smaller ones read \"fewer than 10\"), are rounded down to a multiple of 5, "
            + "and are never broken down by country or network.", ("class", "meta"));
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
