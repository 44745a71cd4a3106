using System.Globalization;
using RolesBoard.Api.Founders.Guides;
using RolesBoard.Api.Pages;

namespace RolesBoard.Api.Founders.Start;

/// <summary><c>/start</c>: choose a country, read its guide, pick an adviser's free slot and book it with a brief.</summary>
public static class StartPage
{
    public const string Style = """
        <style>
        form.stack{display:block}form.stack label{margin:.5rem 0}textarea{font:inherit;width:100%;min-height:8rem}
        fieldset{border:1px solid #ccc;margin:.75rem 0}.error{color:#b00020;font-weight:600}
        dd{margin:0 0 .75rem 1rem}.slot{display:flex;gap:.5rem;align-items:center}.slot label{display:inline;margin:0}
        </style>
        """;

    public static Html Render(StartView view) => Layout.Page("Found a tech co-op", main =>
    {
        main.Element("h1", "Found a tech worker co-op");
        main.Element("p", "Volunteers from the co-operative movement give an hour to groups who want to found a co-op. Read how it works where you live, then book an hour with an adviser.");
        CountryForm(main, view);
        if (view.Guide is { } guide)
        {
            GuideSection.Render(main, guide);
        }
        else if (view.Country is not null)
        {
            main.Element("p", "We have no founding guide for that country yet; an adviser can still help.");
        }
        BookingForm.Render(main, view);
    }, head => head.Raw(Style));

    private static void CountryForm(Html html, StartView view)
    {
        html.Open("form", ("method", "get"), ("action", "/start"));
        html.Raw("<label>Your country<select name=\"country\">").Open("option", ("value", "")).Text("choose…").Close("option");
        foreach (var guide in FoundingGuides.Written.OrderBy(g => g.CountryName, StringComparer.Ordinal))
        {
            html.Open("option", ("value", guide.Country), ("selected", guide.Country == view.Country ? "selected" : null)).Text(guide.CountryName).Close("option");
        }
        html.Raw("</select></label>");
        html.Raw("<label>Your time zone").Open("input", ("name", "timeZone"), ("value", view.Zone.Id), ("autocomplete", "off")).Raw("</label>");
        html.Raw("<button type=\"submit\">Show</button></form>");
    }

    public static string Describe(DateTimeOffset start, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(start, zone).ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);
}
