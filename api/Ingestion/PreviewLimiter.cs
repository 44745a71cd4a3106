using System.Threading.RateLimiting;

namespace RolesBoard.Api.Ingestion;

/// <summary>
/// A preview fetches other people's pages on the caller's behalf (a page, a few leads, up to five posts), so each key
/// gets a few a minute and only two run at once across the process, whatever the general request limits allow.
/// </summary>
public sealed class PreviewLimiter : IDisposable
{
    public const int PerKeyPerMinute = 6;

    private readonly PartitionedRateLimiter<string> _perKey = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = PerKeyPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

    private readonly ConcurrencyLimiter _running = new(new ConcurrencyLimiterOptions { PermitLimit = 2, QueueLimit = 8, QueueProcessingOrder = QueueProcessingOrder.OldestFirst });

    /// <summary>A lease to run one preview for the key, or null when the key has used its previews for this minute.</summary>
    public async Task<IDisposable?> TryAcquireAsync(string keyHash, CancellationToken ct)
    {
        using var window = _perKey.AttemptAcquire(keyHash);
        if (!window.IsAcquired)
        {
            return null;
        }
        var running = await _running.AcquireAsync(1, ct);
        if (running.IsAcquired)
        {
            return running;
        }
        running.Dispose();
        return null;
    }

    public void Dispose()
    {
        _perKey.Dispose();
        _running.Dispose();
    }
}
