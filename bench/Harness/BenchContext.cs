using Marten;
using RolesBoard.Api.Coops;
using RolesBoard.Bench.Data;

namespace RolesBoard.Bench.Harness;

/// <summary>What every scenario shares: the scale, the throwaway database, the seeded data and the running API.</summary>
public sealed class BenchContext
{
    public required Scale Scale { get; init; }
    public required string ConnectionString { get; init; }
    public required IDocumentStore Store { get; init; }
    public required string Schema { get; init; }
    public required IReadOnlyList<Coop> Coops { get; init; }
    public required ApiProcess Api { get; init; }
    public required HttpClient Http { get; init; }
    public required Generator Generator { get; init; }
    public const string AdminKey = "bench-admin-key-0123456789";

    public string RoleTable => $"{Schema}.mt_doc_role";
}

/// <summary>Data sizes and sample counts: full is the scale, quick fits CI's time.</summary>
public sealed record Scale(string Name, int Roles, int Profiles, int Coops, int Samples, int Warmup, TimeSpan ThroughputTime)
{
    public static readonly Scale Full = new("full", 100_000, 310_942, 400, 400, 40, TimeSpan.FromSeconds(10));
    public static readonly Scale Quick = new("quick", 5_000, 15_000, 40, 120, 15, TimeSpan.FromSeconds(3));
}
