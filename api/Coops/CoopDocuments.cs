using Marten;

namespace RolesBoard.Api.Coops;

/// <summary>The co-op document and its indexes (AddCoops registers them with Marten; the benchmark's store too).</summary>
public static class CoopDocuments
{
    public static void Configure(StoreOptions options) =>
        options.Schema.For<Coop>()
            .UniqueIndex(c => c.Slug)
            .Duplicate(c => c.Domain)
            .Duplicate(c => c.ApiKeyHash)
            .Duplicate(c => c.Verified);
}
