namespace RolesBoard.Api.Stats;

/// <summary>
/// A published count of people. Under <see cref="Threshold"/> it is only "fewer than 10"; at or above it, it is
/// rounded down to a multiple of <see cref="Rounding"/>, so that two figures (this week and last, requested and
/// accepted) cannot be subtracted to reveal a group of one or two.
/// </summary>
public sealed record PeopleCount(int? Count, string Text)
{
    public const int Threshold = 10;
    public const int Rounding = 5;
    public const string FewerThanThreshold = "fewer than 10";

    public static PeopleCount Of(long raw) => raw < Threshold
        ? new PeopleCount(null, FewerThanThreshold)
        : new PeopleCount((int)(raw - (raw % Rounding)), (raw - (raw % Rounding)).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override string ToString() => Text;
}
