using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Supervision.Application.Tasks;
using Supervision.Storage.Tasks;

namespace Supervision.Service.Pages.Regulator;

/// <summary>
/// 回避申请 (regulators only, by the /Regulator folder's policy): the declarations of conflicts of interest waiting for a
/// reassignment, oldest first, with the team that remains on each task; the button that fills the place by the draw's
/// team rules (<see cref="ReassignTask"/>); the latest filled places.
/// </summary>
public sealed class RecusalsModel(InspectorTaskStore tasks, ReassignmentStore reassignments, ReassignTask reassign, ILogger<RecusalsModel> logger) : PageModel
{
    public IReadOnlyList<PendingRecusal> Pending { get; private set; } = [];

    public IReadOnlyList<TaskReassignment> Recent { get; private set; } = [];

    /// <summary>After a filled place (Post/Redirect/Get): the task's number, to say so at the top.</summary>
    [BindProperty(SupportsGet = true, Name = "reassigned")]
    public long? Reassigned { get; set; }

    /// <summary>A place that could not be filled: the declaration (task number, inspector) and why nobody may go.</summary>
    public (long TaskNo, string Inspector, string Why)? Refused { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostReassignAsync(long taskNo, string inspector, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(inspector))
        {
            return NotFound();
        }

        var user = User.Identity!.Name!;
        var outcome = await reassign.RunAsync(taskNo, inspector, user, cancellationToken);
        switch (outcome.Status)
        {
            case ReassignmentStatus.Reassigned:
                ServiceLog.TaskReassigned(logger, user, taskNo, inspector, outcome.Replacement!.InspectorId);
                return LocalRedirect($"/recusals?reassigned={taskNo}");
            case ReassignmentStatus.NoCandidate:
                Refused = (taskNo, inspector, outcome.Explanation);
                await LoadAsync(cancellationToken);
                return Page();
            default:
                // Handled already (another regulator, a second click) or never pending: the list as it stands says which.
                return LocalRedirect("/recusals");
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Pending = await tasks.PendingRecusalsAsync(cancellationToken);
        Recent = await reassignments.RecentAsync(cancellationToken);
    }
}
