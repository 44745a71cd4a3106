using RolesBoard.Api.Founders.Advisers;
using RolesBoard.Api.Founders.Bookings;
using RolesBoard.Api.Geography;
using RolesBoard.Api.Pages;

namespace RolesBoard.Api.Founders.Start;

/// <summary>/start and the booking form's POST: plain HTML forms, no JavaScript, the same services as the GraphQL API.</summary>
public static class StartEndpoints
{
    /// <summary>A booking form is a few kilobytes; anything much bigger is refused before it is read.</summary>
    public const long MaxFormBytes = 16 * 1024;

    public static WebApplication MapStart(this WebApplication app)
    {
        app.MapGet("/start", ShowAsync);
        app.MapPost("/start/book", BookAsync);
        app.MapBookingPages();
        return app;
    }

    private static async Task ShowAsync(HttpContext http, StartViews views)
    {
        var country = VisitorCountry.From(http.Request);
        var zone = Zone(http.Request.Query["timeZone"], country);
        var view = await views.ReadAsync(country, zone, new BookAdviceInput { Country = country ?? "" }, [], http.RequestAborted);
        await WriteAsync(http, StatusCodes.Status200OK, StartPage.Render(view), holdsSecret: false);
    }

    private static async Task BookAsync(HttpContext http, BookingDesk desk, StartViews views, Marten.IQuerySession session)
    {
        if (await FormAsync(http) is not { } form)
        {
            return;
        }
        var input = new BookAdviceInput
        {
            SlotId = form["slotId"].ToString(), Name = form["name"].ToString(), Email = form["email"].ToString(),
            Country = form["country"].ToString(), Brief = form["brief"].ToString(),
            TeamSize = int.TryParse(form["teamSize"].ToString(), out var size) ? size : null,
        };
        var country = Countries.Resolve(input.Country);
        var zone = Zone(form["timeZone"], country);
        var booked = await desk.BookAsync(input, http.RequestAborted);
        if (booked.Result is not { } result)
        {
            var view = await views.ReadAsync(country, zone, input, booked.Errors, http.RequestAborted);
            await WriteAsync(http, StatusCodes.Status422UnprocessableEntity, StartPage.Render(view), holdsSecret: false);
            return;
        }
        var adviser = (await session.LoadAsync<Adviser>(result.Booking.AdviserId, http.RequestAborted))!;
        var manage = $"/start/bookings/{result.Booking.Id}?token={Uri.EscapeDataString(booked.Secret!)}";
        await WriteAsync(http, StatusCodes.Status200OK, BookingPages.Confirmation(result.Booking, adviser, zone, manage), holdsSecret: true);
    }

    /// <summary>The zone to show times in: the one asked for, else the country's, else UTC.</summary>
    internal static TimeZoneInfo Zone(string? asked, string? country) =>
        TimeZones.Find(asked) ?? TimeZones.Find(TimeZones.DefaultFor(country)) ?? TimeZoneInfo.Utc;

    internal static async Task<IFormCollection?> FormAsync(HttpContext http)
    {
        if (!http.Request.HasFormContentType || http.Request.ContentLength is null or > MaxFormBytes)
        {
            await WriteAsync(http, StatusCodes.Status400BadRequest, BookingPages.Message("Bad request", "Send the form from the page, please."), holdsSecret: false);
            return null;
        }
        return await http.Request.ReadFormAsync(http.RequestAborted);
    }

    internal static async Task WriteAsync(HttpContext http, int status, Html page, bool holdsSecret)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = Layout.ContentType;
        PageSecurity.Apply(http.Response, holdsSecret);
        await http.Response.Body.WriteAsync(page.ToBytes(), http.RequestAborted);
    }
}
