using Marten;
using Weasel.Postgresql.Tables;

namespace RolesBoard.Api.Roles;

/// <summary>The role document and its indexes (AddRoles registers them with Marten; the benchmark's store too).</summary>
public static class RoleDocuments
{
    // Listings filter and sort on these columns at 100,000 roles: each is a real, indexed column.
    public static void Configure(StoreOptions options) =>
        options.Schema.For<Role>()
            .Duplicate(r => r.CoopId)
            .Duplicate(r => r.Status)
            .Duplicate(r => r.DatePosted)
            .Duplicate(r => r.ExpiresAt)
            .Duplicate(r => r.Remote)
            .Duplicate(r => r.EmploymentType)
            .Duplicate(r => r.SalaryMaxYearlyGbp)
            .Duplicate(r => r.SourceKey)
            .Duplicate(r => r.IdempotencyKey)
            .Duplicate(r => r.Skills, pgType: "text[]", configure: index => index.Method = IndexMethod.gin)
            // Matching's place predicate reads these for every row sharing a skill: columns, not jsonb, keep that cheap.
            .Duplicate(r => r.Country)
            .Duplicate(r => r.RemoteRegions, pgType: "text[]", configure: index => index.Method = IndexMethod.gin)
            .Duplicate(r => r.SearchVector, pgType: "tsvector", dbType: NpgsqlTypes.NpgsqlDbType.TsVector, configure: index => index.Method = IndexMethod.gin);
}
