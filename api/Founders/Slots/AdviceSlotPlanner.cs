using System.Security.Cryptography;
using System.Text;
using Marten;
using RolesBoard.Api.Founders.Advisers;
using RolesBoard.Api.Geography;
using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Founders.Slots;

/// <summary>Advisers add slots, one-off or weekly; adding the same start again changes nothing.</summary>
public sealed class AdviceSlotPlanner(IDocumentSession session, AdviserAccess access, TimeProvider clock)
{
    // Bounds on what one request can create: rows are cheap, but not free.
    public const int MaxInputs = 50;
    public const int MaxWeeks = 26;
    public const int MaxFutureSlots = 500;

    public async Task<Payload<IReadOnlyList<AdviceSlot>>> AddAsync(Guid adviserId, IReadOnlyList<SlotInput> inputs, CancellationToken cancellationToken)
    {
        var owned = await access.OwnAsync(adviserId, "addAdviceSlots", cancellationToken);
        if (owned.Adviser is not { } adviser)
        {
            return Payload<IReadOnlyList<AdviceSlot>>.Fail([owned.Error!]);
        }
        var now = clock.GetUtcNow();
        var (starts, check) = Expand(inputs, TimeZones.Find(adviser.TimeZone)!, now);
        var future = await session.Query<AdviceSlot>().CountAsync(s => s.AdviserId == adviser.Id && s.Start > now, cancellationToken);
        if (check.IsValid && future + starts.Count > MaxFutureSlots)
        {
            check.Add("slots", "TOO_MANY", $"An adviser can offer at most {MaxFutureSlots} future slots (you have {future}).");
        }
        if (!check.IsValid)
        {
            return Payload<IReadOnlyList<AdviceSlot>>.Fail(check.Errors);
        }
        var wanted = starts.Select(s => new AdviceSlot { Id = IdFor(adviser.Id, s.Start), AdviserId = adviser.Id, Start = s.Start, Minutes = s.Minutes, CreatedAt = now })
            .DistinctBy(s => s.Id).ToList();
        var existing = (await session.LoadManyAsync<AdviceSlot>(cancellationToken, wanted.Select(s => s.Id))).ToDictionary(s => s.Id);
        session.Insert(wanted.Where(s => !existing.ContainsKey(s.Id)).ToArray());
        await session.SaveChangesAsync(cancellationToken);
        return Payload<IReadOnlyList<AdviceSlot>>.Ok(wanted.Select(s => existing.GetValueOrDefault(s.Id) ?? s).OrderBy(s => s.Start).ToList());
    }

    private static (List<(DateTimeOffset Start, int Minutes)>, Validation) Expand(IReadOnlyList<SlotInput> inputs, TimeZoneInfo zone, DateTimeOffset now)
    {
        var check = new Validation();
        var starts = new List<(DateTimeOffset, int)>();
        if (inputs.Count is 0 or > MaxInputs)
        {
            check.Add("slots", "OUT_OF_RANGE", $"Give between 1 and {MaxInputs} slots.");
        }
        foreach (var (input, i) in inputs.Take(MaxInputs).Select((s, i) => (s, i)))
        {
            var weeks = input.RepeatWeeks ?? 1;
            if (input.Minutes is < 15 or > 180)
            {
                check.Add($"slots[{i}].minutes", "OUT_OF_RANGE", "A slot lasts between 15 and 180 minutes.");
            }
            if (weeks is < 1 or > MaxWeeks)
            {
                check.Add($"slots[{i}].repeatWeeks", "OUT_OF_RANGE", $"repeatWeeks must be between 1 and {MaxWeeks}.");
            }
            if (input.Start <= now || input.Start > now.AddYears(1))
            {
                check.Add($"slots[{i}].start", "OUT_OF_RANGE", "A slot starts in the future, within a year.");
            }
            if (check.IsValid)
            {
                starts.AddRange(WeeklyPattern.Expand(input.Start, zone, weeks).Select(s => (s, input.Minutes)));
            }
        }
        return (starts, check);
    }

    private static Guid IdFor(Guid adviserId, DateTimeOffset start) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{adviserId:N}:{start.UtcTicks}")).AsSpan(0, 16));
}
