using System.Collections.Concurrent;

namespace RolesBoard.Scrapers.Fetching;

/// <summary>One request at a time per host, with a pause after each, so a scrape never looks like a flood.</summary>
internal sealed class HostThrottle(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, HostSlot> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IDisposable> EnterAsync(string host, TimeSpan delay, CancellationToken ct)
    {
        var slot = _hosts.GetOrAdd(host, _ => new HostSlot());
        await slot.Gate.WaitAsync(ct);
        try
        {
            var wait = slot.LastFinished + delay - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, ct);
            }
            return new Lease(slot, time);
        }
        catch
        {
            slot.Gate.Release();
            throw;
        }
    }

    private sealed class HostSlot
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public DateTimeOffset LastFinished { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Lease(HostSlot slot, TimeProvider time) : IDisposable
    {
        private bool _released;

        public void Dispose()
        {
            if (_released)
            {
                return;
            }
            _released = true;
            slot.LastFinished = time.GetUtcNow();
            slot.Gate.Release();
        }
    }
}
