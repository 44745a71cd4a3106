namespace RolesBoard.Api.Observability;

/// <summary>
/// The board's own metrics share one meter name, so the exporter picks up every feature's instruments with one
/// <c>AddMeter</c>; each feature creates its instruments from <see cref="System.Diagnostics.Metrics.IMeterFactory"/>
/// under this name and names them <c>rolesboard.*</c> (Prometheus shows <c>rolesboard_*</c>).
/// </summary>
public static class BoardMeter
{
    public const string Name = "RolesBoard";
}
