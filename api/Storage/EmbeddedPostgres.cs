using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using RolesBoard.Api.Auth;

namespace RolesBoard.Api.Storage;

/// <summary>
/// A private PostgreSQL cluster started from the machine's own binaries (initdb, pg_ctl): loopback only, on a
/// free port, in a folder of ours. The app keeps its data in .data/postgres, durably (fsync on); tests and
/// benchmarks use a temporary folder and skip fsync. Every cluster trusts nobody: its superuser has a generated
/// password (scram-sha-256) kept in the data folder, readable by its owner only. It never touches the machine's
/// system cluster.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private const string SuperUser = "rolesboard";
    private const string DatabaseName = "rolesboard";
    private const string PasswordFileName = "rolesboard.password";

    private readonly string _dataDirectory;
    private readonly string _binDirectory;
    private readonly bool _deleteOnDispose;
    private readonly bool _durable;
    private readonly string? _runAsUser;
    private string _password = "";

    private EmbeddedPostgres(string dataDirectory, string binDirectory, bool deleteOnDispose, bool durable, int port)
    {
        _dataDirectory = dataDirectory;
        _binDirectory = binDirectory;
        _deleteOnDispose = deleteOnDispose;
        _durable = durable;
        // initdb refuses to run as root, so the cluster belongs to an unprivileged user when we are root.
        _runAsUser = Environment.UserName == "root" ? "postgres" : null;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString =>
        $"Host=127.0.0.1;Port={Port};Username={SuperUser};Password={_password};Database={DatabaseName};Pooling=true;Maximum Pool Size=100;Timeout=5";

    /// <summary>Where the superuser's password is kept: in the data folder, owner-only.</summary>
    public string PasswordFile => Path.Combine(_dataDirectory, PasswordFileName);

    /// <summary>
    /// Starts (creating it first when needed) the cluster kept in <paramref name="dataDirectory"/>. It is durable
    /// (fsync on) unless it is thrown away on dispose, or <paramref name="durable"/> says otherwise.
    /// </summary>
    public static async Task<EmbeddedPostgres> StartAsync(string dataDirectory, bool deleteOnDispose = false, bool? durable = null)
    {
        var bin = FindBinDirectory();
        var server = new EmbeddedPostgres(Path.GetFullPath(dataDirectory), bin, deleteOnDispose, durable ?? !deleteOnDispose, FreeLoopbackPort());
        await server.StartAsync();
        return server;
    }

    /// <summary>A throwaway cluster in a temporary folder, removed on dispose: for tests and benchmarks.</summary>
    public static Task<EmbeddedPostgres> StartTemporaryAsync() =>
        StartAsync(Path.Combine(Path.GetTempPath(), "rolesboard-pg-" + Guid.NewGuid().ToString("N")[..12]), deleteOnDispose: true);

    public Task StopAsync() => RunAsync("pg_ctl", $"stop -D \"{_dataDirectory}\" -m fast -w -t 30", allowFailure: true);

    /// <summary>Starts a stopped cluster again on the same port (used by the fault tests).</summary>
    public Task RestartAsync() => StartServerAsync();

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_deleteOnDispose && Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private async Task StartAsync()
    {
        if (!File.Exists(Path.Combine(_dataDirectory, "PG_VERSION")))
        {
            await InitializeAsync();
        }
        else
        {
            // A cluster left running by a crashed process would hold its old port: stop it first.
            await StopAsync();
        }
        await StartServerAsync();
        if (!File.Exists(PasswordFile))
        {
            await ClusterPassword.RequireAsync(ConnectionString, _dataDirectory, PasswordFile, SuperUser); // made before passwords: it trusted every local user
        }
        _password = (await File.ReadAllTextAsync(PasswordFile)).Trim();
        await CreateDatabaseAsync();
    }

    private async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        GiveToRunAsUser(_dataDirectory);
        // initdb wants an empty folder and reads the password from a file its user can read: a private temporary
        // one, moved into the data folder afterwards.
        var password = Secrets.New("pg");
        var pending = Path.Combine(Path.GetTempPath(), "rolesboard-pw-" + Guid.NewGuid().ToString("N"));
        await ClusterPassword.WritePrivateAsync(pending, password);
        GiveToRunAsUser(pending);
        try
        {
            var sync = _durable ? "" : " --no-sync";
            await RunAsync("initdb", $"-D \"{_dataDirectory}\" -U {SuperUser} --auth=scram-sha-256 --pwfile=\"{pending}\" --encoding=UTF8 --locale=C.UTF-8{sync}");
        }
        finally
        {
            File.Delete(pending);
        }
        await ClusterPassword.WritePrivateAsync(PasswordFile, password);
    }

    private Task StartServerAsync()
    {
        // Loopback only; the socket directory is the data folder so nothing else on the machine is touched.
        // Throwaway clusters skip fsync (fast tests); the app's own data is written durably.
        var durability = _durable ? "-c fsync=on -c synchronous_commit=on -c full_page_writes=on" : "-c fsync=off";
        var options = $"-c listen_addresses=127.0.0.1 -p {Port} -k '{_dataDirectory}' {durability} -c max_connections=300 -c shared_buffers=256MB";
        var log = Path.Combine(_dataDirectory, "server.log");
        return RunAsync("pg_ctl", $"start -D \"{_dataDirectory}\" -l \"{log}\" -w -t 60 -o \"{options}\"");
    }

    private async Task CreateDatabaseAsync()
    {
        var admin = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new Npgsql.NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var exists = new Npgsql.NpgsqlCommand($"select 1 from pg_database where datname = '{DatabaseName}'", connection);
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new Npgsql.NpgsqlCommand($"create database {DatabaseName}", connection);
            await create.ExecuteNonQueryAsync();
        }
    }

    private async Task RunAsync(string tool, string arguments, bool allowFailure = false)
    {
        var executable = Path.Combine(_binDirectory, tool);
        var start = _runAsUser is null
            ? new ProcessStartInfo(executable, arguments)
            : new ProcessStartInfo("runuser", $"-u {_runAsUser} -- \"{executable}\" {arguments}");
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 && !allowFailure)
        {
            throw new EmbeddedPostgresException($"{tool} failed ({process.ExitCode}): {(await error).Trim()} {(await output).Trim()}");
        }
    }

    private void GiveToRunAsUser(string directory)
    {
        if (_runAsUser is null || OperatingSystem.IsWindows())
        {
            return;
        }
        // The cluster's user must own its folder and be able to reach it through every parent.
        using var chown = Process.Start("chown", $"-R {_runAsUser} \"{directory}\"");
        chown?.WaitForExit();
        for (var parent = Directory.GetParent(directory); parent is not null; parent = parent.Parent)
        {
            var mode = File.GetUnixFileMode(parent.FullName);
            if (!mode.HasFlag(UnixFileMode.OtherExecute))
            {
                File.SetUnixFileMode(parent.FullName, mode | UnixFileMode.OtherExecute);
            }
        }
    }

    private static string FindBinDirectory()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin"))
                .OrderByDescending(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(p)), out var v) ? v : 0)
            : Enumerable.Empty<string>();
        var found = candidates.FirstOrDefault(p => File.Exists(Path.Combine(p, "pg_ctl")));
        return found ?? throw new EmbeddedPostgresException(
            "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin. Install them (apt-get install postgresql) or set ROLESBOARD_DB to an existing database.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed class EmbeddedPostgresException(string message) : Exception(message);
