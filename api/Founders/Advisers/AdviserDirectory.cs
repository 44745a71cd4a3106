using Marten;
using RolesBoard.Api.Geography;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Founders.Advisers;

/// <summary>Verified advisers, filtered by what a founder needs; the public listing and the slot search share it.</summary>
public sealed class AdviserDirectory(IQuerySession session)
{
    public sealed record Filter(string? Country, string? Language, string? Topic);

    public async Task<IReadOnlyList<Adviser>> VerifiedAsync(Filter filter, CancellationToken cancellationToken)
    {
        var query = session.Query<Adviser>().Where(a => a.Verified);
        if (filter.Country is not null)
        {
            var code = Countries.Resolve(filter.Country) ?? filter.Country.Trim().ToUpperInvariant();
            query = query.Where(a => a.Countries.Contains(code));
        }
        if (Lowered(filter.Language) is { } language)
        {
            query = query.Where(a => a.Languages.Contains(language));
        }
        if (Lowered(filter.Topic) is { } topic)
        {
            query = query.Where(a => a.Topics.Contains(topic));
        }
        return await query.OrderBy(a => a.Name).ThenBy(a => a.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Advisers number in the hundreds, not the thousands: one read, paged in memory by name then id.</summary>
    public async Task<Connection<Adviser>> PageAsync(Filter filter, int? first, string? after, CancellationToken cancellationToken)
    {
        var size = PageSize.Check(first);
        var all = await VerifiedAsync(filter, cancellationToken);
        var start = 0;
        if (Cursor.TryDecode(after, out _, out var afterId))
        {
            start = all.Select((a, i) => (a, i)).FirstOrDefault(x => x.a.Id == afterId, (null!, -1)).Item2 + 1;
        }
        var page = all.Skip(start).Take(size).Select(a => new Edge<Adviser>(Cursor.Encode(a.Name, a.Id), a)).ToList();
        return new Connection<Adviser>(page, new PageInfo(start + size < all.Count, start > 0, page.FirstOrDefault()?.Cursor, page.LastOrDefault()?.Cursor), all.Count);
    }

    private static string? Lowered(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToLowerInvariant();
}
