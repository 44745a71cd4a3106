using RolesBoard.Api.Founders.Advisers;
using RolesBoard.Api.Founders.Bookings;
using RolesBoard.Api.Founders.Guides;
using RolesBoard.Api.Founders.Slots;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Founders.Start;

/// <summary>What /start shows: the visitor's guide, advisers with their free slots, and the booking form as filled.</summary>
public sealed record StartView(
    string? Country,
    FoundingGuide? Guide,
    IReadOnlyList<(Adviser Adviser, IReadOnlyList<AdviceSlot> Slots)> Advisers,
    TimeZoneInfo Zone,
    BookAdviceInput Form,
    IReadOnlyList<UserError> Errors);

/// <summary>Reads what /start needs: advisers for the visitor's country (all of them when none advise there) and their free slots.</summary>
public sealed class StartViews(AdviserDirectory directory, FreeSlots freeSlots)
{
    public const int MaxSlots = 60;

    public async Task<StartView> ReadAsync(string? country, TimeZoneInfo zone, BookAdviceInput form, IReadOnlyList<UserError> errors, CancellationToken cancellationToken)
    {
        var slotCountry = country;
        var local = await directory.VerifiedAsync(new AdviserDirectory.Filter(country, null, null), cancellationToken);
        if (local.Count == 0)
        {
            slotCountry = null;
        }
        var page = await freeSlots.PageAsync(new FreeSlots.Filter(null, slotCountry, null, null, null, null), MaxSlots, null, cancellationToken);
        var byAdviser = page.Edges.Select(e => e.Node).GroupBy(s => s.Adviser.Id)
            .Select(g => (g.First().Adviser, (IReadOnlyList<AdviceSlot>)g.Select(s => s.Slot).ToList()))
            .OrderBy(a => a.Adviser.Name, StringComparer.Ordinal).ToList();
        return new StartView(country, FoundingGuides.For(country), byAdviser, zone, form, errors);
    }
}
