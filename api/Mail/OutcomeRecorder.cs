using RolesBoard.Api.Storage;

namespace RolesBoard.Api.Mail;

/// <summary>
/// Records what happened after a side effect outside the database (a mail accepted, a webhook answered). If the
/// database is down at that moment, forgetting the outcome would send the message again once it is back, so the
/// write is retried, with a fresh session each time, until the database returns (for up to ten minutes).
/// </summary>
public static class OutcomeRecorder
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(10);

    public static async Task RecordAsync(Func<Task> write, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + GiveUpAfter;
        var wait = TimeSpan.FromMilliseconds(250);
        while (true)
        {
            try
            {
                await write();
                return;
            }
            catch (Exception e) when (DatabaseFaults.IsUnavailable(e) && DateTime.UtcNow < deadline)
            {
                // Not the host's stopping token: a shutdown mid-outage would otherwise lose the outcome.
                await Task.Delay(wait, CancellationToken.None);
                wait = TimeSpan.FromSeconds(Math.Min(wait.TotalSeconds * 2, 5));
            }
        }
    }
}
