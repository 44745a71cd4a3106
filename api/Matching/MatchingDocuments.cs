using Marten;

namespace RolesBoard.Api.Matching;

/// <summary>Introduction requests (AddMatching registers them with Marten; the benchmark's store too).</summary>
public static class MatchingDocuments
{
    // A seeker's requests (export, erasure) and a role's requests (the co-op's list).
    public static void Configure(StoreOptions options) =>
        options.Schema.For<Introduction>()
            .Duplicate(i => i.ProfileId)
            .Duplicate(i => i.RoleId);
}
