using System.Text;
using System.Text.Encodings.Web;
using RolesBoard.Api.Coops;
using RolesBoard.Api.Mail;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Alerts;

/// <summary>
/// An alert mail: the roles with their co-op, place and link, one-click unsubscribe in the headers (RFC 8058: a
/// mail client POSTs List-Unsubscribe=One-Click to the URL) and links to unsubscribe and manage alerts in the body.
/// </summary>
public sealed class AlertMessage(MailSettings mail)
{
    public MailDraft Compose(Profile profile, Alert alert, IReadOnlyList<Role> roles, IReadOnlyDictionary<Guid, Coop> coops)
    {
        var unsubscribe = mail.Link($"/unsubscribe?token={Uri.EscapeDataString(alert.UnsubscribeToken)}");
        var manage = mail.Link($"/alerts?token={Uri.EscapeDataString(alert.UnsubscribeToken)}");
        var what = alert.Kind == AlertKind.Match ? "roles that fit your profile" : $"your search \"{alert.Name}\"";
        var subject = roles.Count == 1 ? $"New role: {roles[0].Title}" : $"{roles.Count} new roles for {what}";
        var text = new StringBuilder($"Hello {profile.Name},\n\nNew on RolesBoard for {what}:\n\n");
        var html = new StringBuilder($"<p>Hello {Encode(profile.Name)},</p><p>New on RolesBoard for {Encode(what)}:</p><ul>");
        foreach (var role in roles)
        {
            var coop = coops.TryGetValue(role.CoopId, out var c) ? c.Name : "a co-op";
            var place = role.Remote == RemotePolicy.Remote ? "remote" : role.Location ?? "";
            var link = mail.Link($"/roles/{role.Id}");
            text.Append($"- {role.Title} at {coop}{(place.Length > 0 ? $" ({place})" : "")}\n  {link}\n");
            html.Append($"<li><a href=\"{Encode(link)}\">{Encode(role.Title)}</a> at {Encode(coop)}{(place.Length > 0 ? $" ({Encode(place)})" : "")}</li>");
        }
        text.Append($"\nStop this alert: {unsubscribe}\nManage your alerts: {manage}\n");
        html.Append($"</ul><p><a href=\"{Encode(unsubscribe)}\">Stop this alert</a> · <a href=\"{Encode(manage)}\">Manage your alerts</a></p>");
        var headers = new Dictionary<string, string>
        {
            ["List-Unsubscribe"] = $"<{unsubscribe}>",
            ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
        };
        return new MailDraft(profile.Email, subject, text.ToString(), html.ToString(), "alert", profile.Id, headers);
    }

    private static string Encode(string value) => HtmlEncoder.Default.Encode(value);
}
