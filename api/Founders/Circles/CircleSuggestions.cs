using RolesBoard.Api.Geography;
using RolesBoard.Api.Matching;
using RolesBoard.Api.Profiles;

namespace RolesBoard.Api.Founders.Circles;

/// <summary>Another member as a suggestion: what they bring, and the hours you share; never their name or e-mail.</summary>
public sealed record CircleSuggestion(CircleMember Member, Profile Profile, IReadOnlyList<string> Complementary, IReadOnlyList<string> Shared, double OverlapHours);

/// <summary>
/// Ranks members of the same country (so the same legal forms) who share working hours, by the skills they bring
/// that you lack, using matching's skill graph: someone whose skills you already have or imply (Django when you
/// know Python) complements you less than a designer or an accountant-developer does.
/// </summary>
public static class CircleSuggestions
{
    /// <summary>Fewer shared working hours than this and a founding group cannot meet in the day.</summary>
    public const double MinimumOverlapHours = 3;

    public static IReadOnlyList<CircleSuggestion> Rank(Profile me, IEnumerable<(CircleMember Member, Profile Profile)> others, DateOnly today)
    {
        var mine = SkillGraph.Default.Reach(me.Skills).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var myZone = ZoneOf(me);
        return others
            .Where(o => o.Profile.Id != me.Id && o.Profile.WantsToFound && o.Profile.Country == me.Country)
            .Select(o =>
            {
                var overlap = myZone is null || ZoneOf(o.Profile) is not { } theirs ? 0 : TimeZones.OverlapHours(myZone, theirs, today);
                var complementary = o.Profile.Skills.Where(s => !mine.Contains(s)).ToList();
                var shared = o.Profile.Skills.Where(s => me.Skills.Contains(s, StringComparer.OrdinalIgnoreCase)).ToList();
                return new CircleSuggestion(o.Member, o.Profile, complementary, shared, overlap);
            })
            .Where(s => s.OverlapHours >= MinimumOverlapHours && s.Complementary.Count > 0)
            .OrderByDescending(s => s.Complementary.Count).ThenByDescending(s => s.OverlapHours).ThenBy(s => s.Member.Id)
            .ToList();
    }

    private static TimeZoneInfo? ZoneOf(Profile profile) => TimeZones.Find(profile.TimeZone) ?? TimeZones.Find(TimeZones.DefaultFor(profile.Country));
}
