using System.Globalization;
using RolesBoard.Api.Coops;

namespace RolesBoard.Api.Feeds;

/// <summary>
/// A co-op's facts as short labels people read ("Worker-owned", "Flat pay", "Member after 6 months", "32-hour week"):
/// the same words on role pages, in the role list and the widget, and as feed categories. Facts it does not state are left out.
/// </summary>
public static class CoopFactLabels
{
    public static IReadOnlyList<string> Of(Coop coop)
    {
        var labels = new List<string>();
        switch (coop.Ownership)
        {
            case Ownership.WorkerOwned:
                labels.Add("Worker-owned");
                break;
            case Ownership.MultiStakeholder:
                labels.Add("Multi-stakeholder");
                break;
        }
        if (coop.FlatPay == true)
        {
            labels.Add("Flat pay");
        }
        else if (coop.PayRatio is { } ratio)
        {
            labels.Add("Pay ratio 1:" + ratio.ToString("0.#", CultureInfo.InvariantCulture));
        }
        if (coop.MembershipAfterMonths is { } months)
        {
            labels.Add(months == 0 ? "Member from day one" : months == 1 ? "Member after 1 month" : $"Member after {months} months");
        }
        if (coop.HoursPerWeek is { } hours)
        {
            labels.Add(hours.ToString("0.#", CultureInfo.InvariantCulture) + "-hour week");
        }
        return labels;
    }
}
