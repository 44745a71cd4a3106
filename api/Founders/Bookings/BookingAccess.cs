using Marten;
using RolesBoard.Api.Auth;
using RolesBoard.Api.Founders.Advisers;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Founders.Bookings;

/// <summary>Who may act on a booking: the founder (its token, or a link token mailed later) or its adviser.</summary>
public sealed class BookingAccess(IQuerySession session, Caller caller)
{
    public sealed record Outcome(Booking? Booking, BookingParty? Party, UserError? Error);

    /// <summary>Checks <paramref name="presented"/> (a page's link token) or, when null, the request's bearer token.</summary>
    public async Task<Outcome> ResolveAsync(Guid id, string operation, bool adviserMay, CancellationToken cancellationToken, string? presented = null)
    {
        if ((presented ?? caller.Secret) is not { Length: > 0 } token)
        {
            return Refuse("UNAUTHENTICATED", $"{operation} needs the booking's token in Authorization: Bearer <token>.");
        }
        var booking = id == Guid.Empty ? null : await session.LoadAsync<Booking>(id, cancellationToken);
        if (booking is null)
        {
            return Refuse("NOT_FOUND", "No booking has that id; it may have been erased.");
        }
        if (IsFounder(booking, token))
        {
            return new Outcome(booking, BookingParty.Founder, null);
        }
        if (adviserMay && await session.LoadAsync<Adviser>(booking.AdviserId, cancellationToken) is { } adviser && Secrets.MatchesHash(token, adviser.TokenHash))
        {
            return new Outcome(booking, BookingParty.Adviser, null);
        }
        return Refuse("FORBIDDEN", adviserMay ? "That token belongs neither to this booking nor to its adviser." : "That token does not belong to this booking.");
    }

    public static bool IsFounder(Booking booking, string token) =>
        Secrets.MatchesHash(token, booking.TokenHash) | booking.LinkTokenHashes.Aggregate(false, (found, hash) => found | Secrets.MatchesHash(token, hash));

    private static Outcome Refuse(string code, string message) => new(null, null, new UserError("id", message, code));
}
