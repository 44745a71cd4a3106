using Marten;
using Weasel.Postgresql.Tables;

namespace RolesBoard.Api.Profiles;

/// <summary>The profile document and its indexes (AddProfiles registers them with Marten; the benchmark's store too).</summary>
public static class ProfileDocuments
{
    // candidates preselects over 310,942 profiles with the skills GIN index (&&) and the opt-in flag; country and
    // relocation are columns so the place predicate on the rows that index narrowed down reads no jsonb.
    public static void Configure(StoreOptions options) =>
        options.Schema.For<Profile>()
            // An update names the version it read: one racing an erasure (or a newer update) fails instead of winning.
            .UseOptimisticConcurrency(true)
            .Metadata(m => m.Version.MapTo(p => p.Version))
            .Duplicate(p => p.VisibleToCoops)
            .Duplicate(p => p.Country)
            .Duplicate(p => p.WillRelocate)
            .Duplicate(p => p.Skills, pgType: "text[]", configure: index => index.Method = IndexMethod.gin);
}
