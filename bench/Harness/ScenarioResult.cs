using System.Globalization;

namespace RolesBoard.Bench.Harness;

/// <summary>
/// One line of the report. Latency scenarios compare p50 to the baseline's p50 (lower is better); throughput
/// scenarios compare rates (higher is better). Target is the bound on the ratio.
/// </summary>
/// Floor: the same work's in-memory core called in-process (no HTTP, GraphQL or document reads), where there is one.
public sealed record ScenarioResult(string Name, string Baseline, double P50, double P95, double BaselineP50, double BaselineP95, string Unit, string Target, string Note = "",
    double? FloorP50 = null, double? FloorP95 = null)
{
    public double Ratio => BaselineP50 == 0 ? double.NaN : P50 / BaselineP50;

    public bool IsThroughput => Unit == "per_s";

    public string Line() => IsThroughput
        ? Invariant($"scenario={Name} p50_ms={1000 / P50:0.###} p95_ms={1000 / P95:0.###} rate_per_s={P50:0.#} baseline={Baseline} baseline_rate_per_s={BaselineP50:0.#} ratio={Ratio:0.###}")
        : Invariant($"scenario={Name} p50_ms={P50:0.###} p95_ms={P95:0.###} baseline={Baseline} baseline_p50_ms={BaselineP50:0.###} ratio={Ratio:0.###}")
            + (FloorP50 is { } f50 ? Invariant($" floor_p50_ms={f50:0.###} floor_p95_ms={FloorP95:0.###}") : "");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
