using RolesBoard.Api.Founders.Bookings;
using RolesBoard.Api.Pages;

namespace RolesBoard.Api.Founders.Start;

/// <summary>The booking form: free slots as radio buttons grouped by adviser, then who you are and your brief.</summary>
public static class BookingForm
{
    public static void Render(Html html, StartView view)
    {
        html.Open("section", ("aria-labelledby", "book")).Element("h2", "Book an hour with an adviser", ("id", "book"));
        if (view.Advisers.Count == 0)
        {
            html.Element("p", "No adviser has a free slot just now. Please come back soon.").Close("section");
            return;
        }
        if (view.Errors.Count > 0)
        {
            html.Open("div", ("role", "alert"), ("id", "errors")).Element("p", "Please check the form:", ("class", "error")).Open("ul");
            foreach (var error in view.Errors)
            {
                html.Element("li", error.Message);
            }
            html.Close("ul").Close("div");
        }
        html.Open("form", ("method", "post"), ("action", "/start/book"), ("class", "stack"));
        foreach (var (adviser, slots) in view.Advisers)
        {
            html.Open("fieldset").Open("legend").Text(adviser.Name).Close("legend");
            if (adviser.Bio is { } bio)
            {
                html.Element("p", bio);
            }
            html.Element("p", $"Advises on {string.Join(", ", adviser.Topics)} · {string.Join(", ", adviser.Countries)} · speaks {string.Join(", ", adviser.Languages)}", ("class", "meta"));
            foreach (var slot in slots)
            {
                var id = $"slot-{slot.Id:N}";
                html.Open("div", ("class", "slot")).Open("input", ("type", "radio"), ("name", "slotId"), ("id", id), ("value", slot.Id.ToString()), ("required", "required"),
                        ("checked", view.Form.SlotId == slot.Id.ToString() ? "checked" : null))
                    .Element("label", $"{StartPage.Describe(slot.Start, view.Zone)} ({slot.Minutes} min)", ("for", id)).Close("div");
            }
            html.Close("fieldset");
        }
        html.Element("p", $"Times are shown in {view.Zone.Id}.", ("class", "meta"));
        Field(html, "name", "Your name", view.Form.Name, "text", "name");
        Field(html, "email", "Your e-mail (the adviser sees it; nobody else does)", view.Form.Email, "email", "email");
        html.Open("input", ("type", "hidden"), ("name", "timeZone"), ("value", view.Zone.Id));
        Field(html, "country", "Country where you would found the co-op", view.Form.Country.Length > 0 ? view.Form.Country : view.Country, "text", "country");
        Field(html, "teamSize", "How many of you (optional)", view.Form.TeamSize?.ToString(), "number", null);
        html.Raw("<label for=\"brief\">Your brief: what the group is, how many, where, and what you want to ask. Only the adviser reads it.</label>");
        html.Open("textarea", ("id", "brief"), ("name", "brief"), ("required", "required"), ("minlength", BookingRules.MinBrief.ToString()), ("maxlength", BookingRules.MaxBrief.ToString()))
            .Text(view.Form.Brief).Close("textarea");
        html.Raw("<p><button type=\"submit\">Book this hour</button></p></form></section>");
    }

    private static void Field(Html html, string name, string label, string? value, string type, string? autocomplete)
    {
        html.Element("label", label, ("for", name));
        html.Open("input", ("id", name), ("name", name), ("type", type), ("value", value), ("autocomplete", autocomplete),
            ("required", type == "number" ? null : "required"));
    }
}
