namespace RolesBoard.Api.Storage;

/// <summary>
/// Retries a whole unit of work through a short database outage. Marten retries a commit only when nothing can
/// have been written; timeouts and dropped connections reach us, so only idempotent units (fixed document ids,
/// a fresh session per attempt) may be passed here.
/// </summary>
public static class DatabaseRetry
{
    private static readonly TimeSpan[] Backoff = [TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(600), TimeSpan.FromSeconds(1.5)];

    public static async Task<T> RunAsync<T>(Func<Task<T>> unitOfWork, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await unitOfWork();
            }
            catch (Exception e) when (attempt < Backoff.Length && DatabaseFaults.IsUnavailable(e) && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(Backoff[attempt], cancellationToken);
            }
        }
    }
}
