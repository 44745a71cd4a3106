using System.Globalization;
using System.Text;

namespace RolesBoard.Bench.Harness;

/// <summary>Prints one line per scenario and writes the same as a Markdown table to BENCHMARKS.md.</summary>
public static class Report
{
    public static void Print(ScenarioResult result) => Console.WriteLine(result.Line());

    public static void Write(string path, Scale scale, IReadOnlyList<ScenarioResult> results, IReadOnlyList<string> extras, string command)
    {
        var text = new StringBuilder();
        text.AppendLine("# Benchmarks").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- date: {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine(CultureInfo.InvariantCulture, $"- machine: {Environment.ProcessorCount} cores, {MemoryGiB():0} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- command: `{command}` (scale: {scale.Name}, {scale.Roles:N0} roles, {scale.Profiles:N0} profiles)");
        text.AppendLine("- every figure is a median (p50) or rate measured in the same run as its baseline; ratio = ours / baseline").AppendLine();
        text.AppendLine("- floor: the same work's in-memory core (the match index's cut and exact scoring) called in-process, no HTTP, GraphQL or document reads: what the layers cost is p50 minus floor").AppendLine();
        text.AppendLine("| scenario | p50 ms | p95 ms | rate /s | floor p50 ms | floor p95 ms | baseline | baseline p50 ms | baseline p95 ms | baseline rate /s | ratio | target | met |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            var met = r.Target.Length == 0 ? "" : Met(r) ? "yes" : "no"; // a figure reported beside another, with no bound of its own
            text.AppendLine(r.IsThroughput
                ? Invariant($"| {r.Name} | {1000 / r.P50:0.###} | | {r.P50:0.#} | | | {r.Baseline} | | | {r.BaselineP50:0.#} | {r.Ratio:0.###} | {r.Target} | {met} |")
                : Invariant($"| {r.Name} | {r.P50:0.##} | {r.P95:0.##} | | {r.FloorP50:0.###} | {r.FloorP95:0.###} | {r.Baseline} | {r.BaselineP50:0.##} | {r.BaselineP95:0.##} | | {r.Ratio:0.###} | {r.Target} | {met} |"));
        }
        text.AppendLine();
        foreach (var extra in extras)
        {
            text.AppendLine("- " + extra);
        }
        File.WriteAllText(path, text.ToString());
    }

    // A target is a ratio to the baseline ("<= 1.5", ">= 0.5") or, where the issue gives an absolute bound, a time:
    // "p95 <= 250 ms" (the p95) or "<= 10 min" (the whole run, in P50).
    public static bool Met(ScenarioResult r)
    {
        var target = r.Target;
        if (target.StartsWith("p95 <= ", StringComparison.Ordinal) && target.EndsWith(" ms", StringComparison.Ordinal))
        {
            return r.P95 <= double.Parse(target["p95 <= ".Length..^" ms".Length], CultureInfo.InvariantCulture);
        }
        if (target.StartsWith("<= ", StringComparison.Ordinal) && target.EndsWith(" min", StringComparison.Ordinal))
        {
            return r.P50 <= double.Parse(target["<= ".Length..^" min".Length], CultureInfo.InvariantCulture) * 60_000;
        }
        return target.StartsWith("<=", StringComparison.Ordinal)
            ? r.Ratio <= double.Parse(target[2..], CultureInfo.InvariantCulture)
            : r.Ratio >= double.Parse(target[2..], CultureInfo.InvariantCulture);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static double MemoryGiB() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024 / 1024;
}
