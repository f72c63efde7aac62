using System.Globalization;
using Supervision.Draws.Calendar;
using Supervision.Draws.Drawing;
using Supervision.Rules.Bundle;
using Supervision.Rules.Diagnostics;

namespace Supervision.Draws.Plans.Testing;

/// <summary>
/// Runs the plan tests: each case's enterprise is frozen under its plan exactly as a draw freezes it
/// (<see cref="DrawRunner.Freeze"/>), alone, and where it went — its pool and that pool's ratio, its exclusion and reason,
/// or nowhere — is compared with the expectation. A plan no case draws under is reported as not covered.
/// </summary>
public static class PlanTestRunner
{
    public static PlanTestReport Run(
        IReadOnlyList<InspectionPlan> plans, IReadOnlyList<string> categories, RegimeEffects regimes, WorkingDayCalendar calendar,
        IReadOnlyList<PlanTestCase> cases, IReadOnlyList<Diagnostic> readProblems, int notRun)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(cases);
        var diagnostics = new DiagnosticBag();
        var results = new List<PlanTestResult>(cases.Count);
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var test in cases)
        {
            if (plans.FirstOrDefault(p => p.Id == test.PlanId) is not { } plan)
            {
                diagnostics.Error("SV233", $"no plan has the id '{test.PlanId}' ({string.Join(", ", plans.Select(p => p.Id))})", test.Location);
                notRun++;
                continue;
            }

            covered.Add(plan.Id);
            FrozenDraw frozen;
            try
            {
                frozen = DrawRunner.Freeze([plan], categories, regimes, [test.Candidate], [], calendar, test.AsOf, "plan-test");
            }
            catch (Exception e) when (e is CalendarOutOfRangeException or ArgumentException)
            {
                results.Add(new PlanTestResult(test.Name, test.Location, plan.Id, "not drawn", [e.Message]));
                continue;
            }

            results.Add(Compare(test, frozen));
        }

        return new PlanTestReport([.. readProblems, .. diagnostics.Sorted()], results, notRun,
            [.. plans.Where(p => !covered.Contains(p.Id)).Select(p => $"{p.File}: plan {p.Id} {p.Title}")]);
    }

    private static PlanTestResult Compare(PlanTestCase test, FrozenDraw frozen)
    {
        var record = frozen.Plans[0];
        PoolEntry? entry = frozen.Population.Count > 0 ? frozen.Population[0] : null;
        Exclusion? exclusion = frozen.Exclusions.Count > 0 ? frozen.Exclusions[0] : null;
        var ratio = entry is not { } e ? (decimal?)null : record.Pools.FirstOrDefault(p => p.Pool == e.Pool)?.Ratio;
        var actual = entry is not null
            ? string.Create(CultureInfo.InvariantCulture, $"pool {entry.Value.Pool}{(ratio is { } r ? $" (ratio {r:0.####})" : "")}")
            : exclusion is { } excluded ? $"excluded: {excluded.Reason}" : "not in the plan";
        var expect = test.Expect;
        var differences = new List<string>();
        if (expect.Pool is { } pool && entry?.Pool != pool)
        {
            differences.Add($"expected pool {pool}, got {actual}");
        }

        if (expect.Excluded is { } reason && (exclusion is not { } found || !found.Reason.Contains(reason, StringComparison.Ordinal)))
        {
            differences.Add($"expected excluded with a reason containing '{reason}', got {actual}");
        }

        if (expect.NotInPlan && (entry is not null || exclusion is not null))
        {
            differences.Add($"expected not in the plan, got {actual}");
        }

        if (expect.Ratio is { } expectedRatio && ratio != expectedRatio)
        {
            differences.Add(string.Create(CultureInfo.InvariantCulture, $"expected ratio {expectedRatio:0.####}, got {(ratio is { } got ? got.ToString("0.####", CultureInfo.InvariantCulture) : "none")}"));
        }

        if (expect.PeriodTo is { } periodTo && record.PeriodTo != periodTo)
        {
            differences.Add($"expected period_to {periodTo:yyyy-MM-dd}, got {record.PeriodTo:yyyy-MM-dd}");
        }

        if (expect.Note is { } note && !(entry?.Note ?? "").Contains(note, StringComparison.Ordinal))
        {
            differences.Add($"expected a note containing '{note}', got '{entry?.Note}'");
        }

        return new PlanTestResult(test.Name, test.Location, test.PlanId, actual, differences);
    }
}
