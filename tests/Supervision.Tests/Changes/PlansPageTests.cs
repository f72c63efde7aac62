using System.Net;
using Supervision.Application.Draws;
using Supervision.Storage.Accounts;
using Supervision.Tests.Storage;
using Supervision.Tests.Support;
using Supervision.Tests.Web;

namespace Supervision.Tests.Changes;

/// <summary>
/// 抽查计划: the plans and calendar in force, checked as tonight's draw would, with the warnings weeks ahead of the
/// calendar's end (the shipped calendar knows 2026 only).
/// </summary>
public sealed class PlansPageTests
{
    [Fact]
    public void Overview_EightWeeksBeforeTheCalendarEnds_WarnsAndNamesEveryPlanWithItsDeadline()
    {
        var early = PlansOverview.Of(RepoPaths.Rules, null, new DateOnly(2026, 9, 1));
        var late = PlansOverview.Of(RepoPaths.Rules, null, new DateOnly(2026, 11, 27));

        Assert.Null(early.CalendarWarning);
        Assert.Contains("工作日日历只到 2026-12-31（还有 34 天）", late.CalendarWarning, StringComparison.Ordinal);
        Assert.Contains("2027 年节假日", late.CalendarWarning, StringComparison.Ordinal);
        Assert.Equal(["HC-2026-SC", "SJ-2026-12-AQ", "SJ-2026-12-LH", "SJ-2026-12-SC"], late.Plans.Select(p => p.Plan.Id).Order(StringComparer.Ordinal));
        // December plans: their results fall due in January, which the calendar does not know yet.
        var market = late.Plans.Single(p => p.Plan.Id == "SJ-2026-12-SC");
        Assert.Null(market.ResultsDue);
        Assert.Contains(market.Warnings, w => w.Contains("超出工作日日历（到 2026-12-31）", StringComparison.Ordinal));
        Assert.Contains(late.Diagnostics, d => d.Code == "SV229");
        Assert.DoesNotContain(late.Diagnostics, d => d.Severity == Supervision.Rules.Diagnostics.DiagnosticSeverity.Error);
    }

    [Fact]
    public async Task Page_ShowsThePlansAndTheCalendarWarning_ToRegulatorsOnly()
    {
        await using var db = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await WebWorld.StartAsync(db, new SteppingClock(new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero)));
        using var regulator = await WebWorld.ClientAsync(app, AccountRoles.Regulator);
        using var analyst = await WebWorld.ClientAsync(app, AccountRoles.Analyst);

        var html = WebUtility.HtmlDecode(await regulator.GetStringAsync("/regulator/plans"));
        using var denied = await analyst.GetAsync("/regulator/plans");

        Assert.Contains("工作日日历只到 2026-12-31", html, StringComparison.Ordinal);
        Assert.Contains("2026年11—12月 营口片区市场监管局 告知承诺及信用审批事项核查", html, StringComparison.Ordinal);
        Assert.Contains("审批事项核查：近 5 个工作日的审批，批准后 20 个工作日内核查，抽取比例 30%", html, StringComparison.Ordinal);
        Assert.Contains("SV229", html, StringComparison.Ordinal);
        // 2026-11-27 is a Friday: the approval plan's night, and no plan is drawn for its period yet.
        Assert.Equal(4, html.Split("今晚的抽取包括此计划").Length - 1);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
    }

    [Fact]
    public async Task Tonight_APlanDrawnForItsPeriodByAnotherRun_AndAnApprovalPlanNotScheduled_AreLeftOut()
    {
        using var directory = new Supervision.Tests.Import.TempDirectory();
        var store = new Supervision.Data.Runs.FileRunStore(directory.Path);
        var plans = PlansOverview.Of(RepoPaths.Rules, null, new DateOnly(2026, 11, 28)).Plans.Select(p => p.Plan).ToList();
        var market = plans.Single(p => p.Id == "SJ-2026-12-SC");
        await store.ClaimDrawAsync("earlier-run", new DateOnly(2026, 11, 27), [new Supervision.Runs.PlanPeriod(market.Id, market.PeriodFrom, market.PeriodTo)], CancellationToken.None);

        var saturday = await Supervision.Application.Nightly.NightPlans.ChooseAsync(store, "tonight", new DateOnly(2026, 11, 28), plans, CancellationToken.None);
        var ownNight = await Supervision.Application.Nightly.NightPlans.ChooseAsync(store, "earlier-run", new DateOnly(2026, 11, 28), plans, CancellationToken.None);

        Assert.Equal(["SJ-2026-12-AQ", "SJ-2026-12-LH"], saturday.Due.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Equal("earlier-run", saturday.DrawnBy["SJ-2026-12-SC"]);
        Assert.Contains(saturday.LeftOut, r => r.StartsWith("plan HC-2026-SC: its schedule '0 2 * * 5' does not name 2026-11-28", StringComparison.Ordinal));
        Assert.Contains(ownNight.Due, p => p.Id == "SJ-2026-12-SC");
    }
}
