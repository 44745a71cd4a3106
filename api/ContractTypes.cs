// The role vocabulary shared with the scrapers (scrapers/Scraping/RoleTerms.cs), by name everywhere in the API. Aliases
// rather than a namespace import: the scrapers' own Salary record (decimal amounts) must not meet the API's.
global using EmploymentType = RolesBoard.Scrapers.Scraping.EmploymentType;
global using RemotePolicy = RolesBoard.Scrapers.Scraping.RemotePolicy;
global using SalaryPeriod = RolesBoard.Scrapers.Scraping.SalaryPeriod;
