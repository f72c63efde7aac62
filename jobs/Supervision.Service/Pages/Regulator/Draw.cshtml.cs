using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Supervision.Application.Draws;
using Supervision.Storage;
using Supervision.Storage.Draws;

namespace Supervision.Service.Pages.Regulator;

/// <summary>
/// One draw for the regulators: its counts, the tasks no valid team could be drawn for with the draw's reason (the frozen
/// directory had nobody eligible: a reassignment cannot change that; the plan is drawn again after a void), and the void
/// (作废) with a required reason, audited, which releases its plans and periods.
/// </summary>
public sealed class DrawModel(DrawAdministration draws, Database database, TimeProvider clock, ILogger<DrawModel> logger) : PageModel
{
    public DrawSummary? Draw { get; private set; }

    public IReadOnlyList<UnassignedTask> Unassigned { get; private set; } = [];

    [BindProperty]
    public string Reason { get; set; } = "";

    public string? Problem { get; private set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string drawId, CancellationToken cancellationToken) => await LoadAsync(drawId, cancellationToken);

    public async Task<IActionResult> OnPostVoidAsync(string drawId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Reason) || Reason.Length > 500)
        {
            Problem = "请填写作废理由（500 字以内）：作废会记入审计日志并公开。";
            return await LoadAsync(drawId, cancellationToken);
        }

        var user = User.Identity!.Name!;
        var released = await VoidDraw.InDatabaseAsync(database, clock, drawId, Reason.Trim(), user, cancellationToken);
        if (released is null)
        {
            Problem = "该抽取不存在或已作废。";
            return await LoadAsync(drawId, cancellationToken);
        }

        ServiceLog.DrawVoided(logger, user, drawId, released.Count);
        return LocalRedirect($"/regulator/draws/{Uri.EscapeDataString(drawId)}?done=voided");
    }

    private async Task<IActionResult> LoadAsync(string drawId, CancellationToken cancellationToken)
    {
        Draw = await draws.DrawAsync(drawId, cancellationToken);
        if (Draw is null)
        {
            return NotFound();
        }

        Unassigned = await draws.UnassignedAsync(drawId, cancellationToken);
        return Page();
    }
}
