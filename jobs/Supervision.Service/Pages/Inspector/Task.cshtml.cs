using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Supervision.Service.Security;
using Supervision.Storage.Results;
using Supervision.Storage.Tasks;

namespace Supervision.Service.Pages.Inspector;

/// <summary>
/// One of the inspector's tasks, with the form declaring a conflict of interest (回避申请). A task that is not the signed-in
/// inspector's — another's, a voided draw's, one already withdrawn from, or none — is 404 for reading and for the form
/// alike: the store finds tasks only among the inspector's own, so a guessed number tells nothing.
/// </summary>
public sealed class TaskModel(InspectorTaskStore tasks, ResultEntryStore results, ILogger<TaskModel> logger) : PageModel
{
    public InspectorTask Detail { get; private set; } = null!;

    /// <summary>The task's result, or null when none has been entered.</summary>
    public ResultEntry? Entry { get; private set; }

    /// <summary>The result waits for the signed-in inspector's confirmation.</summary>
    public bool AwaitsMe => Entry is { Confirmed: false } entry && entry.RecordedInspector != InspectorId
        && entry.Inspectors.Contains(InspectorId, StringComparer.Ordinal);

    [BindProperty]
    public RecusalInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var task = await tasks.FindAsync(InspectorId, id, cancellationToken);
        if (task is null)
        {
            return NotFound();
        }

        Detail = task;
        Entry = await results.FindAsync(InspectorId, id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        var task = await tasks.FindAsync(InspectorId, id, cancellationToken);
        if (task is null)
        {
            return NotFound();
        }

        Detail = task;
        Entry = await results.FindAsync(InspectorId, id, cancellationToken);
        if (ModelState.IsValid && !RecusalGrounds.IsKnown(Input.Ground))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Ground)}", "请选择回避情形");
        }

        if (ModelState.IsValid && RecusalRules.ReasonProblem(Input.Reason) is { } problem)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Reason)}", problem);
        }

        if (!ModelState.IsValid)
        {
            // What was typed and chosen goes back into the form.
            return Page();
        }

        var user = User.Identity!.Name!;
        switch (await tasks.RecuseAsync(InspectorId, user, id, Input.Ground, Input.Reason, cancellationToken))
        {
            case RecusalOutcome.Recorded:
                ServiceLog.RecusalDeclared(logger, user, InspectorId, id, Input.Ground);
                return LocalRedirect($"/tasks?withdrawn={id}");
            case RecusalOutcome.AlreadyInspected:
                ModelState.AddModelError("", "该任务已录入检查结果，不能再申请回避；如有利害关系，请向监管人员报告。");
                return Page();
            default:
                return NotFound();
        }
    }

    private string InspectorId => User.FindFirst(SessionClaims.InspectorId)!.Value;
}
