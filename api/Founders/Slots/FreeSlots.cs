using System.Globalization;
using Marten;
using Marten.Linq.MatchesSql;
using RolesBoard.Api.Founders.Advisers;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Founders.Slots;

/// <summary>A free slot with the adviser who offers it.</summary>
public sealed record FreeSlot(AdviceSlot Slot, Adviser Adviser);

/// <summary>Free, future slots of verified advisers, earliest first, with keyset pages on (start, id).</summary>
public sealed class FreeSlots(IQuerySession session, AdviserDirectory directory, TimeProvider clock)
{
    public sealed record Filter(Guid? AdviserId, string? Country, string? Language, string? Topic, DateTimeOffset? From, DateTimeOffset? To);

    public async Task<Connection<FreeSlot>> PageAsync(Filter filter, int? first, string? after, CancellationToken cancellationToken)
    {
        var size = PageSize.Check(first);
        var advisers = (await directory.VerifiedAsync(new AdviserDirectory.Filter(filter.Country, filter.Language, filter.Topic), cancellationToken))
            .Where(a => filter.AdviserId is null || a.Id == filter.AdviserId).ToDictionary(a => a.Id);
        var ids = advisers.Keys.ToArray();
        var now = clock.GetUtcNow();
        var from = filter.From is { } f && f > now ? f : now;
        var query = session.Query<AdviceSlot>().Where(s => s.BookingId == null && s.Start > from && ids.Contains(s.AdviserId));
        if (filter.To is { } to)
        {
            query = query.Where(s => s.Start < to);
        }
        var total = await query.CountAsync(cancellationToken);
        var afterCursor = false;
        if (Cursor.TryDecode(after, out var key, out var afterId) && long.TryParse(key, CultureInfo.InvariantCulture, out var ticks))
        {
            afterCursor = true;
            var afterStart = new DateTimeOffset(ticks, TimeSpan.Zero);
            query = query.Where(s => s.MatchesSql("(d.start, d.id) > (?, ?)", afterStart, afterId));
        }
        var slots = await query.OrderBy(s => s.Start).ThenBy(s => s.Id).Take(size + 1).ToListAsync(cancellationToken);
        var edges = slots.Take(size).Select(s => new Edge<FreeSlot>(Cursor.Encode(s.Start.UtcTicks.ToString(CultureInfo.InvariantCulture), s.Id), new FreeSlot(s, advisers[s.AdviserId]))).ToList();
        return new Connection<FreeSlot>(edges, new PageInfo(slots.Count > size, afterCursor, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), total);
    }
}
