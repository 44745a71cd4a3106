using GraphQL.Types;
using Marten;

namespace RolesBoard.Api.Founders.Bookings;

/// <summary>
/// What founders said happened after their hour, as counts only. Below <see cref="MinimumGroup"/> answers the
/// counts are withheld: with a country filter, a count of one would be one person's answer.
/// </summary>
public sealed class FoundingOutcomeFigures(IQuerySession session)
{
    public const int MinimumGroup = 5;

    public sealed record Figures(int Answers, IReadOnlyDictionary<FoundingOutcome, int>? Counts);

    public async Task<Figures> CountAsync(string? country, CancellationToken cancellationToken)
    {
        var code = Geography.Countries.Resolve(country);
        var query = session.Query<Booking>().Where(b => b.Outcome != null);
        if (country is not null)
        {
            query = query.Where(b => b.Country == code);
        }
        var counts = new Dictionary<FoundingOutcome, int>();
        foreach (var outcome in Enum.GetValues<FoundingOutcome>())
        {
            counts[outcome] = await query.CountAsync(b => b.Outcome == outcome, cancellationToken);
        }
        var answers = counts.Values.Sum();
        return new Figures(answers, answers < MinimumGroup ? null : counts);
    }
}

public sealed class FoundingOutcomeFiguresType : ObjectGraphType<FoundingOutcomeFigures.Figures>
{
    public FoundingOutcomeFiguresType()
    {
        Name = "FoundingOutcomeFigures";
        Description = $"What founders said happened after their hour: counts only, withheld below {FoundingOutcomeFigures.MinimumGroup} answers.";
        Field(f => f.Answers);
        foreach (var outcome in Enum.GetValues<FoundingOutcome>())
        {
            var name = char.ToLowerInvariant(outcome.ToString()[0]) + outcome.ToString()[1..];
            Field<IntGraphType>(name).Resolve(c => c.Source.Counts?[outcome]);
        }
    }
}
