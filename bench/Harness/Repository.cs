namespace RolesBoard.Bench.Harness;

public static class Repository
{
    /// <summary>The folder holding RolesBoard.sln, found upwards from the running binary.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RolesBoard.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Run the benchmarks from the repository (RolesBoard.sln not found above the binary).");
    }
}
