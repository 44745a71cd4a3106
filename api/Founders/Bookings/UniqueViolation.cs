using Npgsql;

namespace RolesBoard.Api.Founders.Bookings;

internal static class UniqueViolation
{
    /// <summary>Whether PostgreSQL refused a write for a unique index (SQLSTATE 23505), however Marten wrapped it.</summary>
    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                return true;
            }
        }
        return false;
    }
}
