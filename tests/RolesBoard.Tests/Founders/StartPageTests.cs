using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using RolesBoard.Tests.Infrastructure;

namespace RolesBoard.Tests.Founders;

/// <summary>/start without a browser: plain form posts, as a visitor without JavaScript sends them.</summary>
[Collection(nameof(MailCollection))]
public sealed class StartPageTests(MailApp app) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        app.Smtp.Clear();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<(HttpResponseMessage Response, IDocument Page)> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var page = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html).Address(response.RequestMessage!.RequestUri!));
        return (response, page);
    }

    private async Task<(HttpResponseMessage Response, IDocument Page)> GetAsync(string url, string? acceptLanguage = null)
    {
        using var client = app.CreateClient();
        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        }
        return await ReadAsync(await client.GetAsync(url));
    }

    private async Task<(HttpResponseMessage Response, IDocument Page)> PostAsync(string url, Dictionary<string, string> form)
    {
        using var client = app.CreateClient();
        return await ReadAsync(await client.PostAsync(url, new FormUrlEncodedContent(form)));
    }

    private static Dictionary<string, string> Form(string slotId, string brief = FounderSteps.Brief) => new()
    {
        ["slotId"] = slotId, ["name"] = "Page Founder", ["email"] = "page@found.example", ["country"] = "GB",
        ["teamSize"] = "4", ["brief"] = brief, ["timeZone"] = "Europe/London",
    };

    [Fact]
    public async Task TheStartPageShowsTheVisitorsGuideAndFreeSlotsInTheirZoneWithStrictHeaders()
    {
        var adviser = await app.VerifiedAdviserAsync();
        var start = FounderSteps.DaysAhead(9, hourUtc: 12);
        var slot = await app.AddSlotAsync(adviser, start);

        var (response, page) = await GetAsync("/start?timeZone=Asia/Tokyo", acceptLanguage: "en-IE, en;q=0.8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ireland", page.QuerySelector("#guide")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("not legal advice", page.Body!.TextContent, StringComparison.Ordinal);
        var label = page.QuerySelector($"label[for='slot-{Guid.Parse(slot):N}']")!.TextContent;
        Assert.Contains(TimeZoneInfo.ConvertTime(start, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo")).ToString("HH:mm"), label, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.DoesNotContain("morag@advice.example", page.Body.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task BookingWithThePlainFormConfirmsAndTheLinkCancels()
    {
        var adviser = await app.VerifiedAdviserAsync();
        var slot = await app.AddSlotAsync(adviser, FounderSteps.DaysAhead(9));

        var (booked, confirmation) = await PostAsync("/start/book", Form(slot));

        Assert.Equal(HttpStatusCode.OK, booked.StatusCode);
        Assert.Contains("Your hour is booked", confirmation.QuerySelector("#confirmation")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("no-store", booked.Headers.CacheControl!.ToString());
        Assert.Empty(await app.FreeSlotIdsAsync());
        await app.Smtp.WaitForAsync("page@found.example");

        var manage = confirmation.QuerySelector<AngleSharp.Html.Dom.IHtmlAnchorElement>("#manage")!.GetAttribute("href")!;
        var (_, managePage) = await GetAsync(manage);
        var cancelForm = managePage.QuerySelectorAll("form").First(f => f.GetAttribute("action")!.EndsWith("/cancel", StringComparison.Ordinal));
        var token = cancelForm.QuerySelector("input[name='token']")!.GetAttribute("value")!;
        var (cancelled, cancelledPage) = await PostAsync(cancelForm.GetAttribute("action")!, new() { ["token"] = token });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Contains("Status: cancelled", cancelledPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal([slot], await app.FreeSlotIdsAsync());
    }

    [Fact]
    public async Task AShortBriefIsRefusedOnThePageWithTheFormKept()
    {
        var adviser = await app.VerifiedAdviserAsync();
        var slot = await app.AddSlotAsync(adviser, FounderSteps.DaysAhead(9));

        var (response, page) = await PostAsync("/start/book", Form(slot, brief: "Help us?"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("at least", page.QuerySelector("#errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Help us?", page.QuerySelector("#brief")!.TextContent);
        Assert.Equal("page@found.example", page.QuerySelector("#email")!.GetAttribute("value"));
        Assert.Equal([slot], await app.FreeSlotIdsAsync());
    }

    [Fact]
    public async Task AWrongTokenOpensNothingAndOpeningTheOutcomeLinkRecordsNothing()
    {
        var adviser = await app.VerifiedAdviserAsync();
        var booking = await app.BookKeyAsync(FounderSteps.Booking(await app.AddSlotAsync(adviser, FounderSteps.DaysAhead(9))));

        var (wrong, _) = await GetAsync($"/start/bookings/{booking.Id}?token=rbb_guess");
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        var (outcome, outcomePage) = await GetAsync($"/start/outcome/{booking.Id}?token={Uri.EscapeDataString(booking.Token)}");
        Assert.Equal(HttpStatusCode.OK, outcome.StatusCode);
        Assert.Equal(4, outcomePage.QuerySelectorAll("input[name='outcome']").Length);
        var export = await app.GraphQLAsync("query($id: ID!) { exportBooking(id: $id) { json } }", new { id = booking.Id }, booking.Token);
        Assert.Contains("\"outcome\": null", export["data"]!["exportBooking"]!["json"]!.GetValue<string>(), StringComparison.Ordinal);
        // Before the hour, the answer is refused rather than recorded.
        var (early, _) = await PostAsync($"/start/outcome/{booking.Id}", new() { ["token"] = booking.Token, ["outcome"] = "FORMED" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
    }
}
