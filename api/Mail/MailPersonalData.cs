using System.Text.Json.Nodes;
using Marten;
using RolesBoard.Api.Profiles;

namespace RolesBoard.Api.Mail;

/// <summary>Mail about a seeker (waiting or sent): listed in their export, and erased with them, sent or not.</summary>
public sealed class MailPersonalData : IPersonalData
{
    public string Section => "mail";

    public async Task<JsonNode> ExportAsync(IQuerySession session, Guid profileId, CancellationToken cancellationToken)
    {
        var mail = await session.Query<OutgoingMail>().Where(m => m.SubjectId == profileId).OrderBy(m => m.QueuedAt).ToListAsync(cancellationToken);
        return new JsonArray([.. mail.Select(m => (JsonNode)new JsonObject
        {
            ["to"] = m.To,
            ["subject"] = m.Subject,
            ["kind"] = m.Kind,
            ["queuedAt"] = m.QueuedAt,
            ["sentAt"] = m.SentAt,
        })]);
    }

    public void Erase(IDocumentSession session, Guid profileId) => session.HardDeleteWhere<OutgoingMail>(m => m.SubjectId == profileId);
}
