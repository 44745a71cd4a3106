namespace RolesBoard.Api.Stats;

/// <summary>
/// The movement in numbers for one <see cref="StatsQuery"/>: figures at the end of the period, the weeks in it, the
/// skills in demand and layoffs beside co-op roles. Figures about people are <see cref="PeopleCount"/>s, and null
/// when the query narrows by country or network (people are never counted by place or network).
/// </summary>
public sealed record MovementStats(
    StatsQuery Query,
    int OpenRoles,
    int Coops,
    int VerifiedCoops,
    int ActiveCoops,
    int RolesStatingPay,
    int FlatPayCoops,
    double? MedianMonthsToMembership,
    double? MedianDaysOpen,
    int CoopsWithCareersPages,
    int CoopsScrapedSuccessfully,
    PeopleCount? Seekers,
    PeopleCount? IntroductionsRequested,
    PeopleCount? IntroductionsAccepted,
    IReadOnlyList<WeekStats> Weeks,
    IReadOnlyList<SkillCount> Skills,
    IReadOnlyList<LayoffQuarter> Layoffs,
    DateOnly? SnapshotDay,
    DateTimeOffset? UpdatedAt)
{
    public const string Licence = "CC BY 4.0";
    public const string LicenceUrl = "https://creativecommons.org/licenses/by/4.0/";
    public const string Attribution = "RolesBoard, the jobs board of the tech worker co-operative movement";

    /// <summary>Share of open roles stating pay, 0 to 1; null with no open roles.</summary>
    public double? ShareStatingPay => OpenRoles == 0 ? null : (double)RolesStatingPay / OpenRoles;
}

/// <summary>One ISO week (or the part of it inside the period): flows over its days, stocks at its last day.</summary>
public sealed record WeekStats(
    DateOnly WeekStart,
    int RolesOpened,
    int RolesClosed,
    int OpenRoles,
    int RolesStatingPay,
    int Coops,
    int VerifiedCoops,
    int ActiveCoops,
    int CoopsScrapedSuccessfully,
    double? MedianDaysOpen,
    PeopleCount? SeekersRegistered,
    PeopleCount? IntroductionsRequested,
    PeopleCount? IntroductionsAccepted);

public sealed record SkillCount(string Skill, int Count);

/// <summary>Layoffs reported in a country and quarter, beside the co-op roles open and advisers there at its end.</summary>
public sealed record LayoffQuarter(string Country, string Quarter, int Layoffs, int OpenCoopRoles, int Advisers);
