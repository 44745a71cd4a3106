using System.Text.Json;
using System.Text.Json.Serialization;
using RolesBoard.Api.Coops;
using RolesBoard.Api.Mail;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Webhooks;

/// <summary>The contract's body: { type: "role.opened" | "role.updated" | "role.closed", timestamp, data: the role }.</summary>
public sealed class WebhookPayload(MailSettings links)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string TypeOf(WebhookEvent e) => e switch
    {
        WebhookEvent.RoleOpened => "role.opened",
        WebhookEvent.RoleUpdated => "role.updated",
        _ => "role.closed",
    };

    public string Body(WebhookEvent e, Role role, Coop? coop, DateTimeOffset at) => JsonSerializer.Serialize(new
    {
        type = TypeOf(e),
        timestamp = at,
        data = new
        {
            id = role.Id,
            title = role.Title,
            url = links.Link($"/roles/{role.Id}"),
            coop = coop is null ? null : new { slug = coop.Slug, name = coop.Name },
            applyUrl = role.ApplyUrl,
            location = role.Location,
            country = role.Country,
            remote = role.Remote,
            employmentType = role.EmploymentType,
            skills = role.Skills,
            salary = role.Salary,
            datePosted = role.DatePosted,
            validThrough = role.ValidThrough,
            status = role.Status,
        },
    }, Json);
}
