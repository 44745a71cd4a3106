using Marten;
using RolesBoard.Api.Coops;
using RolesBoard.Api.Ingestion;
using RolesBoard.Api.Matching;
using RolesBoard.Api.Profiles;
using RolesBoard.Api.Roles;
using Weasel.Postgresql.Tables;

namespace RolesBoard.Api.Storage;

/// <summary>Every Marten document and index, in one place and one fluent style.</summary>
internal static class DocumentConfiguration
{
    public static void ConfigureDocuments(this StoreOptions options)
    {
        options.Schema.For<Coop>()
            .UniqueIndex(c => c.Slug)
            // One co-op per domain, even for two registrations racing (members imported without a website have none).
            .Duplicate(c => c.Domain, configure: index =>
            {
                index.IsUnique = true;
                index.Predicate = "domain <> ''";
            })
            .Duplicate(c => c.ApiKeyHash)
            .Duplicate(c => c.PendingKeyHash)
            .Duplicate(c => c.Verified);

        // Listings filter and sort on these columns at 100,000 roles: each is a real, indexed column.
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

        // A co-op's runs, newest first; the scheduler's state is loaded by co-op id.
        options.Schema.For<ScrapeRun>()
            .Duplicate(r => r.CoopId)
            .Duplicate(r => r.StartedAt);
        options.Schema.For<CoopScrapeState>();

        // candidates preselects over 310,942 profiles with the skills GIN index (&&) and the opt-in flag; country and
        // relocation are columns so the place predicate on the rows that index narrowed down reads no jsonb.
        options.Schema.For<Profile>()
            // An update names the version it read: one racing an erasure (or a newer update) fails instead of winning.
            .UseOptimisticConcurrency(true)
            .Metadata(m => m.Version.MapTo(p => p.Version))
            .Duplicate(p => p.VisibleToCoops)
            .Duplicate(p => p.Country)
            .Duplicate(p => p.WillRelocate)
            .Duplicate(p => p.Skills, pgType: "text[]", configure: index => index.Method = IndexMethod.gin);

        // A seeker's requests (export, erasure) and a role's requests (the co-op's list).
        options.Schema.For<Introduction>()
            .Duplicate(i => i.ProfileId)
            .Duplicate(i => i.RoleId);
    }
}
