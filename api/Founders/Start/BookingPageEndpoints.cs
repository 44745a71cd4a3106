using Marten;
using RolesBoard.Api.Founders.Advisers;
using RolesBoard.Api.Founders.Bookings;

namespace RolesBoard.Api.Founders.Start;

/// <summary>
/// The founder's links from the confirmation and the mail: cancel, export, erase, and the outcome question. GETs
/// only show a form: mail scanners fetch links, and must not cancel an hour or answer for someone.
/// </summary>
public static class BookingPageEndpoints
{
    public static WebApplication MapBookingPages(this WebApplication app)
    {
        app.MapGet("/start/bookings/{id}", ManageAsync);
        app.MapPost("/start/bookings/{id}/cancel", CancelAsync);
        app.MapPost("/start/bookings/{id}/export", ExportAsync);
        app.MapPost("/start/bookings/{id}/erase", EraseAsync);
        app.MapGet("/start/outcome/{id}", OutcomeAsync);
        app.MapPost("/start/outcome/{id}", RecordOutcomeAsync);
        return app;
    }

    private static async Task ManageAsync(HttpContext http, string id, BookingAccess access, IQuerySession session)
    {
        var token = http.Request.Query["token"].ToString();
        if (await OwnAsync(http, id, token, access) is { } booking)
        {
            var adviser = await session.LoadAsync<Adviser>(booking.AdviserId, http.RequestAborted);
            await StartEndpoints.WriteAsync(http, 200, BookingPages.Manage(booking, adviser, token, null), holdsSecret: true);
        }
    }

    private static async Task CancelAsync(HttpContext http, string id, BookingDesk desk, IQuerySession session)
    {
        if (await StartEndpoints.FormAsync(http) is not { } form)
        {
            return;
        }
        var token = form["token"].ToString();
        var cancelled = await desk.CancelAsync(Parse(id), http.RequestAborted, token);
        if (cancelled.Result is not { } view)
        {
            await NotFoundAsync(http);
            return;
        }
        var adviser = await session.LoadAsync<Adviser>(view.Booking.AdviserId, http.RequestAborted);
        await StartEndpoints.WriteAsync(http, 200, BookingPages.Manage(view.Booking, adviser, token, "Cancelled: the adviser has been told, and the slot is free for someone else."), holdsSecret: true);
    }

    private static async Task ExportAsync(HttpContext http, string id, BookingAccess access, FounderData data)
    {
        if (await StartEndpoints.FormAsync(http) is not { } form || await OwnAsync(http, id, form["token"].ToString(), access) is null)
        {
            return;
        }
        var export = await data.ExportAsync(Parse(id), http.RequestAborted, form["token"].ToString());
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"rolesboard-booking-{export.BookingId:N}.json\"";
        PageSecurity.Apply(http.Response, holdsSecret: true);
        await http.Response.WriteAsync(export.Json, http.RequestAborted);
    }

    private static async Task EraseAsync(HttpContext http, string id, FounderData data)
    {
        if (await StartEndpoints.FormAsync(http) is not { } form)
        {
            return;
        }
        var erased = await data.EraseAsync(Parse(id), http.RequestAborted, form["token"].ToString());
        await (erased.Result is null
            ? NotFoundAsync(http)
            : StartEndpoints.WriteAsync(http, 200, BookingPages.Message("Erased", "Everything we held about you for this booking has been erased."), holdsSecret: false));
    }

    private static async Task OutcomeAsync(HttpContext http, string id, BookingAccess access)
    {
        var token = http.Request.Query["token"].ToString();
        if (await OwnAsync(http, id, token, access) is { } booking)
        {
            await StartEndpoints.WriteAsync(http, 200, BookingPages.Outcome(booking, token, recorded: false), holdsSecret: true);
        }
    }

    private static async Task RecordOutcomeAsync(HttpContext http, string id, BookingDesk desk)
    {
        if (await StartEndpoints.FormAsync(http) is not { } form)
        {
            return;
        }
        var token = form["token"].ToString();
        var outcome = form["outcome"].ToString().Replace("_", "", StringComparison.Ordinal);
        if (!Enum.TryParse<FoundingOutcome>(outcome, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
        {
            await StartEndpoints.WriteAsync(http, 400, BookingPages.Message("Choose an answer", "Please go back and choose one of the answers."), holdsSecret: false);
            return;
        }
        var recorded = await desk.RecordOutcomeAsync(Parse(id), parsed, http.RequestAborted, token);
        await (recorded.Result is { } view
            ? StartEndpoints.WriteAsync(http, 200, BookingPages.Outcome(view.Booking, token, recorded: true), holdsSecret: true)
            : recorded.Errors[0].Code == "NOT_YET"
                ? StartEndpoints.WriteAsync(http, 409, BookingPages.Message("Not yet", recorded.Errors[0].Message), holdsSecret: false)
                : NotFoundAsync(http));
    }

    /// <summary>The booking the founder's token opens; a wrong token answers exactly like an unknown booking.</summary>
    private static async Task<Booking?> OwnAsync(HttpContext http, string id, string token, BookingAccess access)
    {
        var acting = await access.ResolveAsync(Parse(id), "page", adviserMay: false, http.RequestAborted, token);
        if (acting.Booking is null)
        {
            await NotFoundAsync(http);
        }
        return acting.Booking;
    }

    private static Task NotFoundAsync(HttpContext http) =>
        StartEndpoints.WriteAsync(http, 404, BookingPages.Message("Link not valid", "This link does not open a booking: it may be mistyped, or the booking was erased."), holdsSecret: false);

    private static Guid Parse(string id) => Guid.TryParse(id, out var guid) ? guid : Guid.Empty;
}
