using System.Globalization;
using Supervision.Draws.Plans;
using Supervision.Runs;

namespace Supervision.Application.Nightly;

/// <summary>
/// Which plans in force a night draws. A plan is drawn once per period, on the first night that finds it free: a plan
/// another run drew for its period is left out (and the night draws the others, rather than nothing). An
/// approval-verification plan's period is each night's own intake, so its <c>schedule</c> says on which nights it is
/// drawn: a weekly plan draws each week's approvals once.
/// </summary>
/// <param name="Due">The plans to draw tonight, in their order.</param>
/// <param name="LeftOut">Why each other plan is not drawn tonight, as the log and the run's message say it.</param>
/// <param name="DrawnBy">The plans left out because another run drew them for their period, with that run.</param>
public sealed record NightPlans(IReadOnlyList<InspectionPlan> Due, IReadOnlyList<string> LeftOut, IReadOnlyDictionary<string, string> DrawnBy)
{
    /// <summary>The plans of <paramref name="plans"/> due on the night of <paramref name="asOf"/> for run <paramref name="runId"/>.</summary>
    public static async Task<NightPlans> ChooseAsync(IRunStore store, string runId, DateOnly asOf, IReadOnlyList<InspectionPlan> plans, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(plans);
        var routine = plans.Where(p => p.Approvals is null).Select(p => new PlanPeriod(p.Id, p.PeriodFrom, p.PeriodTo)).ToList();
        var held = (await store.HeldByOthersAsync(runId, routine, cancellationToken)).ToDictionary(c => c.PlanId!, c => c.OwnerRunId!, StringComparer.Ordinal);
        var due = new List<InspectionPlan>();
        var leftOut = new List<string>();
        var drawnBy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            if (plan.Approvals is not null && !PlanSchedule.FiresOn(plan.Schedule, asOf))
            {
                leftOut.Add(string.Create(CultureInfo.InvariantCulture,
                    $"plan {plan.Id}: its schedule '{plan.Schedule}' does not name {asOf:yyyy-MM-dd} (an approval-verification plan draws on its scheduled nights)"));
            }
            else if (plan.Approvals is null && held.TryGetValue(plan.Id, out var owner))
            {
                leftOut.Add(string.Create(CultureInfo.InvariantCulture,
                    $"plan {plan.Id} for its period {plan.PeriodFrom:yyyy-MM-dd}–{plan.PeriodTo:yyyy-MM-dd} was drawn by run {owner}"));
                drawnBy[plan.Id] = owner;
            }
            else
            {
                due.Add(plan);
            }
        }

        return new NightPlans(due, leftOut, drawnBy);
    }
}
