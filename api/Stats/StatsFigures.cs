using System.Globalization;
using RolesBoard.Api.Pages;

namespace RolesBoard.Api.Stats;

/// <summary>The headline figures as a definition list: what each counts, then the number.</summary>
public static class StatsFigures
{
    public static void Render(Html html, MovementStats s)
    {
        html.Element("h2", "At a glance");
        if (s.SnapshotDay is null)
        {
            html.Element("p", "No figures yet for this period: snapshots are written hourly.", ("class", "notice"));
        }
        html.Open("dl", ("class", "figures"));
        Figure(html, "Open roles", s.OpenRoles.ToString(CultureInfo.InvariantCulture));
        Figure(html, "Open roles stating pay", s.ShareStatingPay is { } share ? $"{s.RolesStatingPay} ({share:P0})" : "0");
        Figure(html, "Co-ops registered", Number(s.Coops));
        Figure(html, "Co-ops verified", Number(s.VerifiedCoops));
        Figure(html, "Co-ops active (a role in the last 90 days)", Number(s.ActiveCoops));
        Figure(html, "Co-ops paying everyone the same", Number(s.FlatPayCoops));
        Figure(html, "Median months to membership", s.MedianMonthsToMembership?.ToString("0.#", CultureInfo.InvariantCulture) ?? "not known");
        Figure(html, "Median days a role stays open", s.MedianDaysOpen?.ToString("0.#", CultureInfo.InvariantCulture) ?? "no role closed");
        Figure(html, "Co-ops with careers pages found", Number(s.CoopsWithCareersPages));
        Figure(html, "Co-ops scraped successfully (last day)", Number(s.CoopsScrapedSuccessfully));
        if (s.Seekers is not null)
        {
            Figure(html, "Seekers registered", s.Seekers.Text);
            Figure(html, "Introductions requested", s.IntroductionsRequested!.Text);
            Figure(html, "Introductions accepted", s.IntroductionsAccepted!.Text);
        }
        html.Close("dl");
    }

    private static void Figure(Html html, string label, string value) => html.Element("dt", label).Element("dd", value);

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
