using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Supervision.Application.Results;
using Supervision.Service.Security;
using Supervision.Storage.Results;
using Supervision.Storage.Tasks;

namespace Supervision.Service.Pages.Inspector;

/// <summary>
/// The result of one of the inspector's tasks (检查结果录入): one member of the team enters it, checked by the validator of
/// `results import`, and another member it names confirms it on their own page; only then does it count. A task that is
/// not the signed-in inspector's is 404 for reading, entering and confirming alike.
/// </summary>
public sealed class ResultModel(InspectorTaskStore tasks, ResultEntryStore results, EnterResult enter, ILogger<ResultModel> logger) : PageModel
{
    public InspectorTask Detail { get; private set; } = null!;

    /// <summary>The stored result, or null when none has been entered.</summary>
    public ResultEntry? Entry { get; private set; }

    [BindProperty]
    public ResultInput Input { get; set; } = new();

    /// <summary>The signed-in inspector's id.</summary>
    public string InspectorId => User.FindFirst(SessionClaims.InspectorId)!.Value;

    /// <summary>The entry waits for this inspector's confirmation: someone else entered it, naming them.</summary>
    public bool CanConfirm => Entry is { Confirmed: false } entry && entry.RecordedInspector != InspectorId
        && entry.Inspectors.Contains(InspectorId, StringComparer.Ordinal);

    /// <summary>What the page says after a redirect: "entered" or "confirmed", else null.</summary>
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, string? done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Done = done is "entered" or "confirmed" ? done : null;

        Input = Entry is { } entry
            ? ResultInput.From(entry.Cells)
            : new ResultInput { Inspectors = [InspectorId], Items = [.. Detail.Items.Select(i => i.Code)] };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            // What was typed and chosen goes back into the form.
            return Page();
        }

        var user = User.Identity!.Name!;
        var report = await enter.RunAsync(InspectorId, user, id, Input.Cells(), cancellationToken);
        switch (report.Attempt)
        {
            case EntryAttempt.Recorded:
                ServiceLog.ResultEntered(logger, user, InspectorId, id, Input.Outcome);
                return LocalRedirect($"/tasks/{id}/result?done=entered");
            case EntryAttempt.Invalid:
                foreach (var (column, reasons) in report.Errors)
                {
                    var key = ResultInput.FieldOf.TryGetValue(column, out var field) ? $"{nameof(Input)}.{field}" : "";
                    reasons.ToList().ForEach(reason => ModelState.AddModelError(key, reason));
                }

                return Page();
            case EntryAttempt.AlreadyConfirmed:
                ModelState.AddModelError("", "该检查结果已经两名检查人员确认，不能再修改。");
                return Page();
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostConfirmAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var user = User.Identity!.Name!;
        var outcome = await results.ConfirmAsync(InspectorId, user, id, cancellationToken);
        if (outcome == ConfirmOutcome.NotFound)
        {
            return NotFound();
        }

        if (outcome == ConfirmOutcome.Confirmed)
        {
            ServiceLog.ResultConfirmed(logger, user, InspectorId, id);
            return LocalRedirect($"/tasks/{id}/result?done=confirmed");
        }

        Input = Entry is { } entry ? ResultInput.From(entry.Cells) : new ResultInput();
        ModelState.Clear();
        ModelState.AddModelError("", outcome switch
        {
            ConfirmOutcome.OwnEntry => "检查结果由您录入，须由检查组的另一名检查人员确认。",
            ConfirmOutcome.NotListed => "检查结果的检查人员中没有您，不能由您确认。",
            ConfirmOutcome.AlreadyConfirmed => "该检查结果已经确认。",
            _ => "该任务尚未录入检查结果。",
        });
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await tasks.FindAsync(InspectorId, id, cancellationToken) is not { } task)
        {
            return false;
        }

        Detail = task;
        Entry = await results.FindAsync(InspectorId, id, cancellationToken);
        return true;
    }
}
