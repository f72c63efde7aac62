using Microsoft.AspNetCore.Mvc.RazorPages;
using Supervision.Storage.Tasks;

namespace Supervision.Service.Pages.Regulator;

/// <summary>
/// 回避申请 (regulators only, by the /Regulator folder's policy): the declarations of conflicts of interest waiting for a
/// reassignment, oldest first, with the team that remains on each task.
/// </summary>
public sealed class RecusalsModel(InspectorTaskStore tasks) : PageModel
{
    public IReadOnlyList<PendingRecusal> Pending { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Pending = await tasks.PendingRecusalsAsync(cancellationToken);
}
