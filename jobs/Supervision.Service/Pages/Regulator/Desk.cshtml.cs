using Hangfire;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Supervision.Application.Draws;
using Supervision.Application.Draws.Desk;
using Supervision.Jobs;

namespace Supervision.Service.Pages.Regulator;

/// <summary>
/// 抽签台 (regulators only): the fair-draw protocol from the browser. Tonight's night is prepared on request (the
/// scheduled job, now) or by the schedule; its pre-draw notice names the public value it will take; once that value is
/// out it is recorded here, then each department reveals its share (checked against its published commitment), and the
/// draw is made and published. Departments hand over their commitments for the nights to come here too.
/// </summary>
public sealed class DeskModel(
    DrawDeskOffice office, RuleChangeSettings settings, IRecurringJobManager jobs, TimeProvider clock, ILogger<DeskModel> logger) : PageModel
{
    public DeskOverview? Overview { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>The departments of the plans in force (who must commit for each night).</summary>
    public IReadOnlyList<string> Departments { get; private set; } = [];

    /// <summary>After a step (Post/Redirect/Get): what was done, to say so at the top.</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    /// <summary>The night a refused form was about (its form shows what was typed and the problem).</summary>
    public DateOnly? ProblemNight { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    [BindProperty]
    public string PublicValue { get; set; } = "";

    [BindProperty]
    public string Department { get; set; } = "";

    [BindProperty]
    public string Share { get; set; } = "";

    [BindProperty]
    public IFormFile? ShareFile { get; set; }

    [BindProperty]
    public string CommitmentsText { get; set; } = "";

    [BindProperty]
    public IFormFile? CommitmentsFile { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostValueAsync(DateOnly drawDate, CancellationToken cancellationToken)
    {
        var user = User.Identity!.Name!;
        if (await office.RecordPublicValueAsync(drawDate, PublicValue, TodayInShanghai(), user, cancellationToken) is { } problem)
        {
            return await RefuseAsync(drawDate, problem, cancellationToken);
        }

        ServiceLog.DeskValueRecorded(logger, user, drawDate);
        return LocalRedirect("/regulator/desk?done=value");
    }

    public async Task<IActionResult> OnPostShareAsync(DateOnly drawDate, CancellationToken cancellationToken)
    {
        var user = User.Identity!.Name!;
        var share = ShareFile is { Length: > 0 and <= 4096 } file ? await ReadAsync(file, cancellationToken) : Share;
        if (await office.RevealShareAsync(drawDate, Department, share, user, cancellationToken) is { } problem)
        {
            return await RefuseAsync(drawDate, problem, cancellationToken);
        }

        ServiceLog.DeskShareRevealed(logger, user, Department, drawDate);
        return LocalRedirect("/regulator/desk?done=share");
    }

    public async Task<IActionResult> OnPostCommitmentsAsync(CancellationToken cancellationToken)
    {
        var user = User.Identity!.Name!;
        Today = TodayInShanghai();
        var text = CommitmentsFile is { Length: > 0 } file
            ? (file.Length <= DrawDeskOffice.MaxCommitmentsBytes ? await ReadAsync(file, cancellationToken) : new string(' ', DrawDeskOffice.MaxCommitmentsBytes + 1))
            : CommitmentsText;
        Departments = DepartmentsInForce();
        var (added, problems) = await office.AddCommitmentsAsync(Department, text, Departments, Today, user, cancellationToken);
        if (problems.Count > 0)
        {
            ServiceLog.DeskRefused(logger, user, problems[0]);
            Problems = problems;
            return await LoadAsync(cancellationToken);
        }

        ServiceLog.DeskCommitmentsAdded(logger, user, Department, added);
        return LocalRedirect($"/regulator/desk?done=commitments-{added}");
    }

    public async Task<IActionResult> OnPostExecuteAsync(CancellationToken cancellationToken)
    {
        var user = User.Identity!.Name!;
        var drawn = await office.ExecuteAsync(user, cancellationToken);
        ServiceLog.DeskExecuted(logger, user, drawn.Count);
        return drawn.Count == 1 && drawn[0].DrawId is { } drawId
            ? LocalRedirect($"/regulator/draws/{Uri.EscapeDataString(drawId)}?done=drawn")
            : LocalRedirect($"/regulator/desk?done=executed-{drawn.Count}");
    }

    public IActionResult OnPostPrepare()
    {
        if (office.Desk is null)
        {
            return NotFound();
        }

        // The scheduled job itself, now: it plans tonight's run, which prepares on the desk (a night prepared or drawn
        // already is found so, never prepared twice).
        jobs.Trigger(ScheduledNightlyJob.RecurringId);
        ServiceLog.DeskPrepareRequested(logger, User.Identity!.Name!);
        return LocalRedirect("/regulator/desk?done=prepare");
    }

    /// <summary>What the "done" parameter says, in the interface's words.</summary>
    public string? DoneWords() => Done switch
    {
        "value" => "已记录公开随机数，并记入审计日志。各部门现在可以揭示份额。",
        "share" => "份额与承诺值相符，已接受，并记入审计日志。",
        "prepare" => "已将今晚的抽取排入任务队列：准备好后，抽取准备公告会列在下面并对外公开。",
        { } d when d.StartsWith("commitments-", StringComparison.Ordinal) => $"已接收 {d["commitments-".Length..]} 个夜晚的承诺值，并记入审计日志。",
        "executed-0" => "没有可以抽取的夜晚：公开随机数或部门份额尚未齐全。",
        { } d when d.StartsWith("executed-", StringComparison.Ordinal) => $"已完成 {d["executed-".Length..]} 次抽取，抽取公告已发布。",
        _ => null,
    };

    private async Task<IActionResult> RefuseAsync(DateOnly drawDate, string problem, CancellationToken cancellationToken)
    {
        ServiceLog.DeskRefused(logger, User.Identity!.Name!, problem);
        ProblemNight = drawDate;
        Problems = [problem];
        return await LoadAsync(cancellationToken);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken cancellationToken)
    {
        Today = TodayInShanghai();
        Departments = Departments.Count > 0 ? Departments : DepartmentsInForce();
        Overview = await office.OverviewAsync(Today, Departments, cancellationToken);
        return Page();
    }

    private IReadOnlyList<string> DepartmentsInForce()
        => PrepareDraw.Departments([.. PlansOverview.Of(settings.Rules, settings.Calendar, TodayInShanghai()).Plans.Select(p => p.Plan)]);

    private DateOnly TodayInShanghai() => Shanghai.Today(clock.GetUtcNow());

    private static async Task<string> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(file.OpenReadStream(), System.Text.Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
