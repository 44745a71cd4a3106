using System.Globalization;
using RolesBoard.Api.Geography;
using RolesBoard.Api.Profiles;

namespace RolesBoard.Api.Matching;

/// <summary>
/// One factor of a fit: its value 0..1, the reason people read, and whether a hard requirement was missed. The reason
/// is written only when asked for: ranking scores hundreds of pairs and shows a page of them.
/// </summary>
internal sealed record Factor(double Value, Func<string>? Reason, bool Missed = false, Func<IEnumerable<string>>? MoreReasons = null)
{
    public IReadOnlyList<string> Reasons => MoreReasons is not null ? [.. MoreReasons()] : Reason is null ? [] : [Reason()];

    public static Factor Neutral(double value) => new(value, null);

    /// <summary>A factor made of several parts, each with its reason (the co-op terms a seeker asked about).</summary>
    public static Factor Many(double value, Func<IEnumerable<string>> reasons) => new(value, null, MoreReasons: reasons);

    public static Factor Because(double value, Func<string> reason, bool missed = false) => new(value, reason, missed);
}

/// <summary>The factors besides skills. Unknowns are neutral (never a reward, never a punishment).</summary>
internal static class FitFactors
{
    /// <summary>A remote role with a known zone and no stated overlap needs this many shared working hours.</summary>
    public const int DefaultOverlapHours = 4;

    /// <summary>Null: they cannot work there (a remote role not open to their country, or an office abroad) and will not move.</summary>
    public static Factor? Place(SeekerFacts seeker, RoleFacts role)
    {
        var country = seeker.Country;
        if (role.Remote == RemotePolicy.Remote)
        {
            var preference = seeker.Remote == RemotePreference.Onsite ? 0.6 : 1.0;
            if (country is null)
            {
                return Factor.Because(0.7 * preference, () => "Remote role");
            }
            if (Countries.RegionsInclude(role.RemoteRegions, country))
            {
                return Factor.Because(preference, () => role.RemoteRegions.Length == 0 ? "Remote role open to anywhere" : $"Remote role open to {Places.Country(country)}");
            }
            return seeker.WillRelocate
                ? Factor.Because(0.25, () => $"Remote role limited to {Places.Regions(role.RemoteRegions)}: you would need to move")
                : null;
        }
        if (role.Country is null || country is null)
        {
            return Factor.Neutral(0.5);
        }
        var policy = role.Remote == RemotePolicy.Hybrid ? "Hybrid" : "On-site";
        if (role.Country != country)
        {
            return seeker.WillRelocate ? Factor.Because(0.25, () => $"{policy} in {role.Location ?? Places.Country(role.Country)}: you would need to move") : null;
        }
        var wants = (role.Remote, seeker.Remote) switch
        {
            (RemotePolicy.Hybrid, RemotePreference.Remote) => 0.5,
            (RemotePolicy.Onsite or null, RemotePreference.Remote) => 0.25,
            (RemotePolicy.Onsite or null, RemotePreference.Hybrid) => 0.7,
            _ => 1.0,
        };
        var town = Places.Town(role.Location);
        return town is not null && string.Equals(town, Places.Town(seeker.Location), StringComparison.OrdinalIgnoreCase)
            ? Factor.Because(wants, () => $"{policy} in {town}, where you live")
            : Factor.Because(wants * 0.5, () => $"{policy} in {role.Location ?? Places.Country(role.Country)}, away from {Places.Town(seeker.Location) ?? "where you live"}");
    }

    /// <summary>Remote roles keep some hours: 09:00–17:00 in the role's zone (given, or its country's) must overlap the seeker's.</summary>
    public static Factor Zone(SeekerFacts seeker, RoleFacts role, DateOnly day)
    {
        if (role.Remote != RemotePolicy.Remote)
        {
            return Factor.Neutral(1);
        }
        var roleZoneId = role.TimeZone ?? ZoneOverlap.DefaultFor(role.Country);
        var needed = role.MinOverlapHours ?? (roleZoneId is null ? 0 : DefaultOverlapHours);
        if (roleZoneId is null || needed <= 0)
        {
            return Factor.Neutral(1);
        }
        var seekerZoneId = seeker.TimeZone ?? ZoneOverlap.DefaultFor(seeker.Country);
        var overlap = ZoneOverlap.Of(seekerZoneId, roleZoneId, day);
        if (!overlap.RoleZoneKnown)
        {
            return Factor.Neutral(1);
        }
        string Need() => $"Needs {needed} h overlap with {Places.Zone(roleZoneId)} hours";
        if (overlap.Hours is not { } has)
        {
            return Factor.Because(0.6, () => Need() + ": set your time zone to check");
        }
        string Reason() => $"{Need()}: {TimeZones.Label(seekerZoneId!)} has {Places.Hours(has)}";
        return has >= needed ? Factor.Because(1, Reason) : Factor.Because(0.3 * has / needed, Reason, missed: true);
    }

    public static Factor EmploymentType(SeekerFacts seeker, RoleFacts role)
    {
        var value = TypeValue(seeker.EmploymentTypes, role.EmploymentType);
        if (seeker.EmploymentTypes.Length == 0 || role.EmploymentType is not { } type)
        {
            return Factor.Neutral(value);
        }
        return Factor.Because(value, () => value == 1 ? $"{Label(type)}, as you asked" : $"{Label(type)}; you asked for {string.Join(" or ", seeker.EmploymentTypes.Select(Label))}");
    }

    /// <summary>The employment type factor's value alone (the match index ranks tens of thousands of roles by it).</summary>
    public static double TypeValue(IReadOnlyCollection<EmploymentType> wanted, EmploymentType? type) =>
        wanted.Count == 0 ? 1 : type is null ? 0.6 : wanted.Contains(type.Value) ? 1 : 0.1;

    /// <summary>The top of the role's range against the seeker's floor, both as yearly GBP (SalaryPeriods' stated assumptions).</summary>
    public static Factor Pay(SeekerFacts seeker, RoleFacts role)
    {
        var floor = Floor(seeker);
        var value = PayValue(floor, role.SalaryMaxYearlyGbp);
        if (floor is null || seeker.SalaryFloor is not { } stated)
        {
            return Factor.Neutral(value);
        }
        if (role.SalaryMaxYearlyGbp is not { } top)
        {
            return Factor.Because(value, () => "Pay not stated");
        }
        return Factor.Because(value, () =>
        {
            // Shown in the seeker's own currency, per year.
            var perGbp = Money.SalaryPeriods.ToYearly(stated.Amount, stated.Period) / floor.Value;
            var says = $"Pays up to {Amount(top * perGbp, stated.Currency)} a year";
            var yours = $"your floor of {Amount(floor.Value * perGbp, stated.Currency)}";
            return top >= floor ? $"{says}, above {yours}" : $"{says}, below {yours}";
        });
    }

    /// <summary>The seeker's floor as yearly GBP, when they stated one that converts.</summary>
    public static double? Floor(SeekerFacts seeker) =>
        seeker.SalaryFloor is not null && seeker.SalaryFloorYearlyGbp is > 0 ? seeker.SalaryFloorYearlyGbp : null;

    /// <summary>The pay factor's value alone: neutral when either side is unknown, falling to 0 at half the floor.</summary>
    public static double PayValue(double? floor, double? top) => floor is not { } f || top is not { } t ? 0.6
        : t >= f ? 1 : Math.Max(0, 1 - 2 * (f - t) / f);

    /// <summary>The role's title against the roles the seeker says they want (or their headline).</summary>
    public static Factor Title(SeekerFacts seeker, RoleFacts role)
    {
        var wishes = seeker.DesiredRoles.Length > 0 ? seeker.DesiredRoles : seeker.Headline is { } h ? [h] : [];
        var title = Words(role.Title);
        (string? Wish, double Share) best = (null, 0);
        foreach (var wish in wishes)
        {
            var share = Share(Words(wish), title);
            if (best.Wish is null || share > best.Share)
            {
                best = (wish, share); // the first of equal shares, as a stable sort would give
            }
        }
        if (best.Wish is null || best.Share == 0)
        {
            return Factor.Neutral(wishes.Length == 0 ? 0.5 : 0);
        }
        return best.Share >= 0.5 ? Factor.Because(best.Share, () => $"Title close to what you are looking for: {best.Wish}") : Factor.Neutral(best.Share);
    }

    public static Factor Freshness(RoleFacts role, DateTimeOffset now)
    {
        var days = Math.Max(0, (now - role.DatePosted).TotalDays);
        var value = FreshnessValue(role.DatePosted, now);
        return days > 30 ? Factor.Because(value, () => $"Posted {(int)days} days ago") : Factor.Neutral(value);
    }

    /// <summary>The freshness factor's value alone: it halves in about a month.</summary>
    public static double FreshnessValue(DateTimeOffset posted, DateTimeOffset now) => Math.Exp(-Math.Max(0, (now - posted).TotalDays) / 45);

    private static string Label(EmploymentType type) => type switch
    {
        Scrapers.Scraping.EmploymentType.FullTime => "Full-time",
        Scrapers.Scraping.EmploymentType.PartTime => "Part-time",
        Scrapers.Scraping.EmploymentType.Contractor => "Contract",
        _ => type.ToString(),
    };

    private static string Amount(double amount, string currency) =>
        currency + " " + (Math.Round(amount / 100) * 100).ToString("N0", CultureInfo.InvariantCulture);

    // Words that say nothing about which role it is.
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal) { "and", "or", "the", "a", "of", "in", "for", "with", "who", "also", "does", "uk", "senior", "junior" };

    // A title's or wish's words, remembered: each of the hundreds of roles a request scores split its title and
    // every wish of the seeker's again. Read-only once made; bounded, starting again empty when full.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>> KnownWords = new(StringComparer.Ordinal);

    private const int MaxKnownWords = 50_000;

    private static HashSet<string> Words(string text)
    {
        if (KnownWords.TryGetValue(text, out var known))
        {
            return known;
        }
        if (KnownWords.Count >= MaxKnownWords)
        {
            KnownWords.Clear();
        }
        var words = text.ToLowerInvariant().Split([' ', ',', '(', ')', '/', '-', '+', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Filler.Contains(w)).ToHashSet(StringComparer.Ordinal);
        return KnownWords[text] = words;
    }

    private static double Share(HashSet<string> wish, HashSet<string> title) =>
        wish.Count == 0 ? 0 : (double)wish.Count(title.Contains) / wish.Count;
}
