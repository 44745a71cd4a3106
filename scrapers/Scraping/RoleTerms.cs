namespace RolesBoard.Scrapers.Scraping;

// The contract's vocabulary for a role, defined once: the scrapers produce these and the API stores, filters and
// serves the same types (api/ContractTypes.cs), so a rename breaks the build rather than a parse at run time.

public enum RemotePolicy { Remote, Hybrid, Onsite }

public enum EmploymentType { FullTime, PartTime, Contractor, Temporary, Intern, Volunteer, Other }

public enum SalaryPeriod { Hour, Day, Week, Month, Year }
