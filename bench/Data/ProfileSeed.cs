using System.Diagnostics;
using Marten;

namespace RolesBoard.Bench.Data;

public static class ProfileSeed
{
    /// <summary>Bulk-inserts <paramref name="count"/> seekers in batches (COPY through Marten), and says how long it took.</summary>
    public static async Task ProfilesAsync(IDocumentStore store, Generator generator, int count)
    {
        const int batch = 10_000;
        var clock = Stopwatch.StartNew();
        var now = DateTimeOffset.UtcNow;
        for (var done = 0; done < count; done += batch)
        {
            var profiles = Enumerable.Range(done, Math.Min(batch, count - done)).Select(n => generator.Profile(n, now)).ToList();
            await store.BulkInsertAsync(profiles);
        }
        Console.WriteLine($"bench: seeded {count:N0} profiles in {clock.Elapsed.TotalSeconds:0.0} s");
    }
}
