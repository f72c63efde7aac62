using System.Runtime.InteropServices;
using Supervision.Draws.Plans;
using Supervision.Model.Registry;

namespace Supervision.Draws.Drawing;

/// <summary>
/// The reasons of one plan's exclusions, each distinct text made once: a million enterprises under a plan share a few
/// hundred reasons, not a string each.
/// </summary>
internal sealed class ExclusionReasons
{
    public const string OutsideScope = "outside the plan's scope";

    public const string Dormant = "dormant (歇业): desk review instead of an on-site visit";

    public const string Observation = "observation period (观察期): inspected only when triggered";

    private const string TriggerOnlyReason = "trigger-only supervision (无事不扰): inspected only when triggered";

    private const string TriggerOnlyLowestReason = TriggerOnlyReason + "; may enter the verification sample";

    private readonly InspectionPlan _plan;
    private readonly int _year;
    private readonly string _lowest;
    private readonly Dictionary<string, string> _failed = new(StringComparer.Ordinal);
    private readonly Dictionary<OperatingStatus, string> _notOperating = [];
    private readonly Dictionary<string, string> _exempt = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _departmentCap = [];
    private readonly Dictionary<int, string> _totalCap = [];

    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The draw's as-of date (its year is the caps' year).</param>
    /// <param name="lowest">The plan's lowest category (its trigger-only enterprises may enter the verification sample).</param>
    public ExclusionReasons(InspectionPlan plan, DateOnly asOf, string lowest)
    {
        _plan = plan;
        _year = asOf.Year;
        _lowest = lowest;
    }

    public string AssessmentFailed(string error) => Once(_failed, error, static (e, _) => "assessment failed: " + e);

    public string NotOperating(OperatingStatus status)
        => Once(_notOperating, status, static (s, _) => $"not operating ({s.ToString().ToLowerInvariant()})");

    public string Exempt(string category) => Once(_exempt, category, static (c, _) => $"category {c} is exempt from routine draws");

    public string DepartmentCap(int inspections) => Once(_departmentCap, inspections, static (n, self) =>
        $"annual cap: {n} inspection(s) by {self._plan.InitiatingDepartment} in {self._year} (cap {self._plan.CapPerDepartmentPerYear})");

    public string TotalCap(int inspections) => Once(_totalCap, inspections, static (n, self) =>
        $"annual cap: {n} inspection(s) by all departments in {self._year} (cap {self._plan.CapTotalPerYear})");

    public string TriggerOnly(string category) => category == _lowest ? TriggerOnlyLowestReason : TriggerOnlyReason;

    private string Once<TKey>(Dictionary<TKey, string> cache, TKey key, Func<TKey, ExclusionReasons, string> make)
        where TKey : notnull
    {
        ref var reason = ref CollectionsMarshal.GetValueRefOrAddDefault(cache, key, out var exists);
        if (!exists)
        {
            reason = make(key, this);
        }

        return reason!;
    }
}
