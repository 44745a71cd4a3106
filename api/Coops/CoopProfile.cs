using RolesBoard.Api.GraphQL;

namespace RolesBoard.Api.Coops;

/// <summary>Checks a co-op's self-description and copies it onto the document.</summary>
internal static class CoopProfile
{
    public static Coop Apply(Validation check, RegisterCoopInput input, Coop coop)
    {
        var name = check.RequiredText("input.name", input.Name, 120);
        var website = check.RequiredUrl("input.website", input.Website);
        var careersUrl = check.OptionalUrl("input.careersUrl", input.CareersUrl);
        var description = check.OptionalText("input.description", input.Description, 5000);
        var location = check.OptionalText("input.location", input.Location, 200);
        var network = check.OptionalText("input.network", input.Network, 80);
        var track = check.OptionalText("input.membershipTrack", input.MembershipTrack, 1000);
        var country = check.OptionalCountry("input.country", input.Country, location);
        if (input.MembershipAfterMonths is < 0 or > 120)
        {
            check.Add("input.membershipAfterMonths", "OUT_OF_RANGE", "membershipAfterMonths must be between 0 and 120.");
        }
        if (input.PayRatio is < 1 or > 1000)
        {
            check.Add("input.payRatio", "OUT_OF_RANGE", "payRatio is highest pay over lowest: at least 1.");
        }
        if (input.HoursPerWeek is <= 0 or > 80)
        {
            check.Add("input.hoursPerWeek", "OUT_OF_RANGE", "hoursPerWeek must be between 1 and 80.");
        }
        if (!check.IsValid)
        {
            return coop;
        }
        coop.Name = name!;
        coop.Website = website!;
        coop.Domain = Slugs.Domain(website!);
        coop.Description = description ?? coop.Description;
        coop.Location = location ?? coop.Location;
        coop.Country = country ?? coop.Country;
        if (network is not null && !coop.Networks.Contains(network))
        {
            coop.Networks.Add(network);
        }
        if (careersUrl is not null)
        {
            coop.CareersUrls = [careersUrl];
            coop.CareersUrlsFoundBy = "co-op";
        }
        coop.Ownership = input.Ownership ?? coop.Ownership;
        coop.MembershipAfterMonths = input.MembershipAfterMonths ?? coop.MembershipAfterMonths;
        coop.MembershipTrack = track ?? coop.MembershipTrack;
        coop.FlatPay = input.FlatPay ?? coop.FlatPay;
        coop.PayRatio = input.PayRatio ?? coop.PayRatio;
        coop.HoursPerWeek = input.HoursPerWeek ?? coop.HoursPerWeek;
        return coop;
    }
}
