using System.Diagnostics.Metrics;
using RolesBoard.Api.Observability;

namespace RolesBoard.Api.Matching.Index;

/// <summary>The match index's size (read when scraped) and how long a full build takes.</summary>
internal sealed class MatchIndexMetrics
{
    private readonly Histogram<double> _buildTime;

    public MatchIndexMetrics(IMeterFactory meters, MatchIndex index)
    {
        var meter = meters.Create(BoardMeter.Name);
        meter.CreateObservableGauge("rolesboard.match_index.roles", () => index.RoleCount, "{role}", "Open roles in the match index");
        meter.CreateObservableGauge("rolesboard.match_index.profiles", () => index.ProfileCount, "{profile}", "Visible profiles in the match index");
        // Buckets in seconds: the default ones are made for milliseconds.
        _buildTime = meter.CreateHistogram("rolesboard.match_index.build.duration", "s", "Time to build the match index from PostgreSQL",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120] });
    }

    public void RecordBuild(TimeSpan took) => _buildTime.Record(took.TotalSeconds);
}
