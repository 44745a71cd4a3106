using Marten;

namespace RolesBoard.Api.Webhooks;

/// <summary>
/// Encrypts, at start-up, the signing secrets of webhooks created before secrets were protected (they were stored
/// plain in <see cref="Webhook.Secret"/>), so no database copy holds a secret that signs deliveries. Each is written
/// with a compare-and-set on the plain value, touching no other field: replicas starting together, or a webhook
/// changed meanwhile, lose nothing, and a second run finds nothing left to do.
/// </summary>
internal sealed partial class PlainSecretProtection(IDocumentStore store, WebhookSecrets secrets, ILogger<PlainSecretProtection> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) => await ProtectAllAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Protects every plain secret left; returns how many it protected.</summary>
    public async Task<int> ProtectAllAsync(CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var plain = await session.Query<Webhook>().Where(w => w.Secret != "").Select(w => new PlainSecret(w.Id, w.Secret)).ToListAsync(cancellationToken);
        if (plain.Count == 0)
        {
            return 0;
        }
        var table = $"{store.Options.DatabaseSchemaName}.mt_doc_webhook";
        foreach (var (id, secret) in plain)
        {
            session.QueueSqlCommand(
                $"update {table} set data = data || jsonb_build_object('protectedSecret', ?::text, 'secret', '') where id = ? and data ->> 'secret' = ?",
                secrets.Protect(secret), id, secret);
        }
        await session.SaveChangesAsync(cancellationToken);
        LogProtected(logger, plain.Count);
        return plain.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Protected the signing secrets of {Count} webhooks created before secrets were encrypted.")]
    private static partial void LogProtected(ILogger logger, int count);

    private sealed record PlainSecret(Guid Id, string Secret);
}
