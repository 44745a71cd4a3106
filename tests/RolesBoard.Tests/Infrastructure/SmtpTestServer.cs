using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace RolesBoard.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on loopback (the SmtpServer package, in-process) that keeps what it receives, parsed with
/// MimeKit. It asks for the user and password in <see cref="Url"/>, so the app's authentication is exercised too.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    public const string User = "rolesboard";
    public const string Password = "s3cret-for-tests";

    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private readonly Task _running;
    private int _taking;

    public SmtpTestServer()
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)).AllowUnsecureAuthentication(true))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        services.Add(new Authenticator());
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>The value for ROLESBOARD_SMTP.</summary>
    public string Url => $"smtp://{User}:{Password}@127.0.0.1:{Port}";

    /// <summary>While set, every message is refused with a temporary failure (451), as a server in trouble would.</summary>
    public bool Refusing { get; set; }

    /// <summary>How long the server holds each message before accepting it, as a slow server would.</summary>
    public TimeSpan Holding { get; set; }

    /// <summary>How many messages the server has begun to take (accepted or still held).</summary>
    public int Taking => _taking;

    public IReadOnlyList<MimeMessage> Received => [.. _received];

    public void Clear() => _received.Clear();

    /// <summary>Messages to <paramref name="address"/>.</summary>
    public IReadOnlyList<MimeMessage> To(string address) =>
        Received.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>Waits until <paramref name="count"/> messages to <paramref name="address"/> have arrived, and returns them.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(string address, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            var messages = To(address);
            if (messages.Count >= count)
            {
                return messages;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"Expected {count} message(s) to {address}; received {To(address).Count} (of {Received.Count} in all).");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Store(SmtpTestServer server) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (server.Refusing)
            {
                return new SmtpResponse(SmtpReplyCode.ServiceUnavailable, "try again later");
            }
            Interlocked.Increment(ref server._taking);
            await Task.Delay(server.Holding, cancellationToken);
            using var stream = new MemoryStream(buffer.ToArray());
            server._received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }

    private sealed class Authenticator : UserAuthenticator
    {
        public override Task<bool> AuthenticateAsync(ISessionContext context, string user, string password, CancellationToken cancellationToken) =>
            Task.FromResult(user == User && password == Password);
    }
}
