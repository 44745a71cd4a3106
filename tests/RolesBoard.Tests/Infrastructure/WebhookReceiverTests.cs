namespace RolesBoard.Tests.Infrastructure;

/// <summary>Tests that receive webhooks: a clean board, an empty mailbox and a fresh receiver on loopback for each.</summary>
public abstract class WebhookReceiverTests : IAsyncLifetime
{
    protected abstract MailApp Board { get; }

    protected WebhookReceiver Receiver { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Board.ResetAsync();
        Board.Smtp.Clear();
        Receiver = await WebhookReceiver.StartAsync();
    }

    public async Task DisposeAsync() => await Receiver.DisposeAsync();
}
