using Microsoft.AspNetCore.Mvc.RazorPages;
using Supervision.Application.Draws;

namespace Supervision.Service.Pages.Regulator;

/// <summary>
/// 抽查计划 (regulators only): the plans in force and the working-day calendar, checked as tonight's draw would check them —
/// diagnostics at file:line, each plan's results deadline, and the warnings weeks ahead of the calendar's end. Plans and
/// calendar change through a reviewed change (规则变更), like the rules.
/// </summary>
public sealed class PlansModel(RuleChangeSettings settings, TimeProvider clock) : PageModel
{
    public PlansOverview? Overview { get; private set; }

    public void OnGet() => Overview = PlansOverview.Of(settings.Rules, settings.Calendar, Shanghai.Today(clock.GetUtcNow()));
}
