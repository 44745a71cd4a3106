namespace RolesBoard.Scrapers.Scraping;

/// <summary>The spellings the public contract uses for enum values (GraphQL names, lower-case remote policy).</summary>
public static class ContractNames
{
    public static string ToContractName(this RemotePolicy remote) => remote switch
    {
        RemotePolicy.Remote => "remote",
        RemotePolicy.Hybrid => "hybrid",
        _ => "onsite",
    };

    public static string ToContractName(this EmploymentType type) => type switch
    {
        EmploymentType.FullTime => "FULL_TIME",
        EmploymentType.PartTime => "PART_TIME",
        EmploymentType.Contractor => "CONTRACTOR",
        EmploymentType.Temporary => "TEMPORARY",
        EmploymentType.Intern => "INTERN",
        EmploymentType.Volunteer => "VOLUNTEER",
        _ => "OTHER",
    };

    public static string ToContractName(this SalaryPeriod period) => period.ToString().ToUpperInvariant();
}
