using System.Net.Sockets;
using Npgsql;

namespace RolesBoard.Api.Storage;

/// <summary>
/// Tells a database outage (server down, restarting, unreachable, connection dropped) from a bug. Marten 9 and
/// Npgsql surface an outage in several shapes, e.g. an ObjectDisposedException wrapping PostgresException 57P01.
/// </summary>
public static class DatabaseFaults
{
    public static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres when IsOutageState(postgres.SqlState):
                case NpgsqlException { IsTransient: true }:
                case NpgsqlException { InnerException: SocketException or IOException or TimeoutException }:
                case SocketException:
                case TimeoutException:
                    return true;
            }
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(IsUnavailable))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A unique index refused a write (23505): another request stored the same key first.</summary>
    public static bool IsUniqueViolation(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } or JasperFx.DocumentAlreadyExistsException)
            {
                return true;
            }
        }
        return false;
    }

    // 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now, 08xxx connection exceptions.
    private static bool IsOutageState(string state) => state is "57P01" or "57P02" or "57P03" || state.StartsWith("08", StringComparison.Ordinal);
}
