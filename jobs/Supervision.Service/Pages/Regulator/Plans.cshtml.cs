using Microsoft.AspNetCore.Mvc.RazorPages;
using Supervision.Application.Draws;
using Supervision.Application.Nightly;
using Supervision.Draws.Plans;
using Supervision.Runs;

namespace Supervision.Service.Pages.Regulator;

/// <summary>
/// 抽查计划 (regulators only): the plans in force and the working-day calendar, checked as tonight's draw would check them —
/// diagnostics at file:line, each plan's results deadline, and the warnings weeks ahead of the calendar's end. Plans and
/// calendar change through a reviewed change (规则变更), like the rules.
/// </summary>
public sealed class PlansModel(RuleChangeSettings settings, IRunStore runs, TimeProvider clock) : PageModel
{
    public PlansOverview? Overview { get; private set; }

    /// <summary>Which plans tonight's night would draw, and why not the others.</summary>
    public NightPlans? Tonight { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Overview = PlansOverview.Of(settings.Rules, settings.Calendar, Shanghai.Today(clock.GetUtcNow()));

        // As tonight's run would choose (a name no run has, so that every claim counts as another run's).
        Tonight = await NightPlans.ChooseAsync(runs, "regulators-plans-page", Overview.Today, [.. Overview.Plans.Select(p => p.Plan)], cancellationToken);
    }

    /// <summary>What tonight does with <paramref name="plan"/>, in the interface's words.</summary>
    public string TonightWords(InspectionPlan plan) => Tonight is not { } tonight
        ? ""
        : tonight.Due.Contains(plan) ? "今晚的抽取包括此计划"
        : tonight.DrawnBy.TryGetValue(plan.Id, out var run) ? $"本期已由 {run} 抽取（每个计划每期只抽一次）"
        : "调度未安排今晚（审批事项核查计划按调度的日期抽取）";
}
