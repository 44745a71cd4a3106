using Marten;
using Weasel.Postgresql.Tables;

namespace RolesBoard.Api.Alerts;

/// <summary>The alerts' documents and their indexed columns (also used by the bench's own store).</summary>
public static class AlertDocuments
{
    public static void Configure(StoreOptions options)
    {
        options.Schema.For<Alert>()
            .Duplicate(a => a.ProfileId)
            .Duplicate(a => a.Kind)
            .Duplicate(a => a.Frequency)
            .Duplicate(a => a.NextDigestAt)
            .Duplicate(a => a.UnsubscribeToken)
            // New roles find the saved searches sharing one of their skills through this GIN index.
            .Duplicate(a => a.Skills, pgType: "text[]", configure: index => index.Method = IndexMethod.gin);
        options.Schema.For<PendingAlertRole>()
            .Duplicate(p => p.AlertId)
            .Duplicate(p => p.ProfileId)
            .Duplicate(p => p.SentAt);
        options.Schema.For<EmailConfirmation>().Duplicate(c => c.TokenHash);
    }
}
