using Marten;

namespace RolesBoard.Api.Coops;

/// <summary>The co-op document and its indexes (AddCoops registers them with Marten; the benchmark's store too).</summary>
public static class CoopDocuments
{
    public static void Configure(StoreOptions options) =>
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
}
