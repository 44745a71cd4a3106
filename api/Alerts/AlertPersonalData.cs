using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Marten;
using RolesBoard.Api.Profiles;

namespace RolesBoard.Api.Alerts;

/// <summary>A seeker's alerts, the roles sent or waiting for them, and their address confirmation: exported, and erased.</summary>
public sealed class AlertPersonalData : IPersonalData
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string Section => "alerts";

    public async Task<JsonNode> ExportAsync(IQuerySession session, Guid profileId, CancellationToken cancellationToken)
    {
        var alerts = await session.Query<Alert>().Where(a => a.ProfileId == profileId).ToListAsync(cancellationToken);
        var roles = await session.Query<PendingAlertRole>().Where(p => p.ProfileId == profileId).ToListAsync(cancellationToken);
        var confirmation = await session.LoadAsync<EmailConfirmation>(profileId, cancellationToken);
        return JsonSerializer.SerializeToNode(new
        {
            // The unsubscribe tokens stay out: an export may be shared, and they act on the alerts.
            savedSearches = alerts.Where(a => a.Kind == AlertKind.SavedSearch)
                .Select(a => new { a.Id, a.Name, a.Filter, a.Frequency, a.CreatedAt, a.LastSentAt, a.NextDigestAt }),
            matchAlert = alerts.Where(a => a.Kind == AlertKind.Match)
                .Select(a => new { a.MinScore, a.Frequency, a.CreatedAt, a.LastSentAt, a.NextDigestAt }).FirstOrDefault(),
            alertRoles = roles.Select(p => new { p.AlertId, p.RoleId, p.RecordedAt, p.SentAt, p.Score }),
            emailConfirmation = confirmation is null ? null : new { confirmation.Email, confirmation.ConfirmedEmail, confirmation.ConfirmedAt, confirmation.ExpiresAt },
        }, Json)!;
    }

    public void Erase(IDocumentSession session, Guid profileId)
    {
        session.HardDeleteWhere<PendingAlertRole>(p => p.ProfileId == profileId);
        session.HardDeleteWhere<Alert>(a => a.ProfileId == profileId);
        session.HardDelete<EmailConfirmation>(profileId);
    }
}
