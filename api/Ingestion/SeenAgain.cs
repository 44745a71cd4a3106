using System.Globalization;
using Marten;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Ingestion;

/// <summary>
/// Roles a scrape read exactly as before: one statement in the run's transaction moves their last-seen time on,
/// instead of rewriting each whole document (a page of 25 unchanged roles was 25 upserts of a few kilobytes each).
/// </summary>
internal static class SeenAgain
{
    public static void Queue(IDocumentSession session, string schema, IReadOnlyCollection<Role> roles, DateTimeOffset now)
    {
        if (roles.Count == 0)
        {
            return;
        }
        // The value as the document serializer writes it, so reading the role back gives the same DateTimeOffset.
        var seen = now.ToString("O", CultureInfo.InvariantCulture);
        session.QueueSqlCommand(
            $"update {schema}.mt_doc_role set data = data || jsonb_build_object('lastSeenAt', ?::text, 'missedScrapes', 0) where id = any(?)",
            seen, roles.Select(r => r.Id).ToArray());
    }
}
