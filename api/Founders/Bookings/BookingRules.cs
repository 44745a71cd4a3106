using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Founders.Bookings;

/// <summary>What a booking must say, and how much one founder can hold at once.</summary>
public static class BookingRules
{
    public const int MinBrief = 40;
    public const int MaxBrief = 4000;
    /// <summary>Each booking sends mail to two people: one address cannot hold more than this many future hours.</summary>
    public const int MaxActivePerEmail = 3;
    public static readonly TimeSpan ReminderBefore = TimeSpan.FromDays(1);
    public static readonly TimeSpan OutcomeQuestionAfter = TimeSpan.FromDays(28);

    public sealed record Checked(string Name, string Email, string Country, string Brief, int? TeamSize);

    public static (Checked?, Validation) Check(BookAdviceInput input)
    {
        var check = new Validation();
        var name = check.RequiredLine("input.name", input.Name, 120);
        var email = check.RequiredEmail("input.email", input.Email);
        var country = Geography.Countries.Resolve(input.Country);
        if (country is null or Geography.Countries.EuropeanUnion)
        {
            check.Add("input.country", "INVALID_COUNTRY", $"'{input.Country}' is not an ISO 3166 country code.");
        }
        var brief = check.RequiredText("input.brief", input.Brief, MaxBrief);
        if (brief is not null && brief.Length < MinBrief)
        {
            check.Add("input.brief", "TOO_SHORT", $"Tell the adviser a little more (at least {MinBrief} characters): what the group is, how many, where, and what you want to ask.");
        }
        if (input.TeamSize is < 1 or > 1000)
        {
            check.Add("input.teamSize", "OUT_OF_RANGE", "teamSize must be between 1 and 1000.");
        }
        return check.IsValid ? (new Checked(name!, email!, country!, brief!, input.TeamSize), check) : (null, check);
    }
}
