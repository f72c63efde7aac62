using Microsoft.AspNetCore.Mvc.RazorPages;
using Supervision.Service.Security;
using Supervision.Storage.Tasks;

namespace Supervision.Service.Pages.Inspector;

/// <summary>
/// 检查任务 (inspectors only, by the /Inspector folder's policy): the signed-in inspector's own drawn tasks, grouped by
/// visit. The store filters by the session's inspector id; nothing here names another inspector's task.
/// </summary>
public sealed class TasksModel(InspectorTaskStore tasks) : PageModel
{
    public IReadOnlyList<TaskVisit> Visits { get; private set; } = [];

    public int TaskCount { get; private set; }

    /// <summary>The number of the task just withdrawn from (after Post/Redirect/Get from the task page), or null.</summary>
    public long? Withdrawn { get; private set; }

    public async Task OnGetAsync(long? withdrawn, CancellationToken cancellationToken)
    {
        Withdrawn = withdrawn;
        var own = await tasks.ListAsync(User.FindFirst(SessionClaims.InspectorId)!.Value, cancellationToken);
        TaskCount = own.Count;

        // The store's order (open first, then by window) decides the order of the visits: a visit sits where its first task does.
        Visits = [.. own.GroupBy(t => (t.DrawId, t.VisitId)).Select(g => new TaskVisit(g.First(), [.. g]))];
    }
}
