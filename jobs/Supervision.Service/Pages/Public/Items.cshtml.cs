using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supervision.Application.Publication;

namespace Supervision.Service.Pages.Public;

/// <summary>抽查事项 (事项公开): each plan's items with their legal basis and 重点 marks.</summary>
[AllowAnonymous]
public sealed class ItemsModel(PublicNotices notices) : PageModel
{
    public IReadOnlyList<PublicPlan> Plans { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Plans = await notices.ItemsAsync(cancellationToken);
}
