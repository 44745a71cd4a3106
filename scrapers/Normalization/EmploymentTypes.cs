using System.Text.RegularExpressions;
using RolesBoard.Scrapers.Scraping;

namespace RolesBoard.Scrapers.Normalization;

/// <summary>
/// schema.org employment types and the words sources use for them. Freelance is CONTRACTOR. "Permanent" says
/// nothing about hours, so it maps to nothing and a later value ("full-time") decides.
/// </summary>
public static partial class EmploymentTypes
{
    public static EmploymentType? Parse(IEnumerable<string> values)
    {
        var stated = values.Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        foreach (var value in stated)
        {
            if (Parse(value) is { } type)
            {
                return type;
            }
        }
        return stated.Any(v => !Permanent().IsMatch(v)) ? EmploymentType.Other : null;
    }

    private static EmploymentType? Parse(string value)
    {
        var key = Separators().Replace(value.Trim().ToLowerInvariant(), "");
        return key switch
        {
            "fulltime" or "full" or "ft" => EmploymentType.FullTime,
            "parttime" or "part" or "pt" => EmploymentType.PartTime,
            "contractor" or "contract" or "freelance" or "freelancer" or "selfemployed" => EmploymentType.Contractor,
            "temporary" or "temp" or "fixedterm" or "seasonal" => EmploymentType.Temporary,
            "intern" or "internship" or "trainee" or "placement" => EmploymentType.Intern,
            "volunteer" or "voluntary" or "volunteering" => EmploymentType.Volunteer,
            "perdiem" or "other" or "apprenticeship" or "apprentice" => EmploymentType.Other,
            _ => null,
        };
    }

    [GeneratedRegex(@"[\s_\-/]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^\s*(permanent|regular|employee)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Permanent();
}
