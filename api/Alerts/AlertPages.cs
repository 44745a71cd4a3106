using Marten;
using RolesBoard.Api.Pages;

namespace RolesBoard.Api.Alerts;

/// <summary>
/// The links in mail, which need no login: confirming an address, unsubscribing one alert (RFC 8058: a mail
/// client's one-click POST unsubscribes; a GET only shows the button, since link scanners follow every GET), and a
/// page listing the seeker's alerts reached from any one alert's token.
/// </summary>
public static class AlertPages
{
    public static WebApplication MapAlertPages(this WebApplication app)
    {
        app.MapGet("/confirm", ConfirmAsync);
        app.MapGet("/unsubscribe", UnsubscribePageAsync);
        app.MapPost("/unsubscribe", UnsubscribeAsync).DisableAntiforgery();
        app.MapGet("/alerts", ManageAsync);
        return app;
    }

    private static async Task<IResult> ConfirmAsync(string? token, EmailConfirmations confirmations, IDocumentSession session, CancellationToken ct)
    {
        var outcome = await confirmations.ConfirmAsync(session, token, ct);
        return outcome switch
        {
            ConfirmOutcome.Confirmed => Page(200, "Address confirmed", "Thank you: your address is confirmed, and the alerts you set up will reach it."),
            ConfirmOutcome.Expired => Page(410, "Link expired", "This confirmation link has expired. Ask for a new one with the resendConfirmation mutation."),
            _ => Page(404, "Unknown link", "This confirmation link is not one we know; it may have been used already."),
        };
    }

    private static async Task<IResult> UnsubscribePageAsync(string? token, IQuerySession session, CancellationToken ct)
    {
        var alert = await FindAsync(session, token, ct);
        if (alert is null)
        {
            return Page(404, "Unknown link", "This alert no longer exists: nothing more will be sent for it.");
        }
        var html = Layout.Page("Stop this alert", h => h.Element("h1", "Stop this alert")
            .Element("p", $"Stop \"{alert.Name}\"? Nothing more will be sent for it.")
            .Open("form", ("method", "post"), ("action", $"/unsubscribe?token={Uri.EscapeDataString(token!)}"))
            .Element("button", "Stop this alert", ("type", "submit")).Close("form"));
        return Results.Content(html.ToString(), Layout.ContentType);
    }

    private static async Task<IResult> UnsubscribeAsync(string? token, IDocumentSession session, CancellationToken ct)
    {
        if (await FindAsync(session, token, ct) is { } alert)
        {
            AlertCommands.Remove(session, alert.Id);
            await session.SaveChangesAsync(ct);
        }
        // Unsubscribing twice is still unsubscribed: the same answer either way.
        return Page(200, "Alert stopped", "Done: nothing more will be sent for this alert.");
    }

    private static async Task<IResult> ManageAsync(string? token, IQuerySession session, CancellationToken ct)
    {
        var alert = await FindAsync(session, token, ct);
        if (alert is null)
        {
            return Page(404, "Unknown link", "This link belongs to no alert.");
        }
        var all = await session.Query<Alert>().Where(a => a.ProfileId == alert.ProfileId).OrderBy(a => a.CreatedAt).ToListAsync(ct);
        var html = Layout.Page("Your alerts", h =>
        {
            h.Element("h1", "Your alerts").Open("ul");
            foreach (var each in all)
            {
                h.Open("li").Text($"{each.Name} ({each.Frequency.ToString().ToLowerInvariant()}) ")
                    .Open("form", ("method", "post"), ("action", $"/unsubscribe?token={Uri.EscapeDataString(each.UnsubscribeToken)}"))
                    .Element("button", "Stop", ("type", "submit")).Close("form").Close("li");
            }
            h.Close("ul").Element("p", "Change or add alerts with your profile's token (saveSearch, setMatchAlert): see docs/alerts.md.");
        });
        return Results.Content(html.ToString(), Layout.ContentType);
    }

    private static async Task<Alert?> FindAsync(IQuerySession session, string? token, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(token) ? null : await session.Query<Alert>().FirstOrDefaultAsync(a => a.UnsubscribeToken == token, ct);

    private static IResult Page(int status, string title, string message) =>
        Results.Content(Layout.Page(title, h => h.Element("h1", title).Element("p", message)).ToString(), Layout.ContentType, statusCode: status);
}
