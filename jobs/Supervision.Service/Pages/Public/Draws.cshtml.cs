using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supervision.Storage.Public;

namespace Supervision.Service.Pages.Public;

/// <summary>抽取公告: every draw, newest first, voided ones marked 已作废 with their reason.</summary>
[AllowAnonymous]
public sealed class DrawsModel(PublicNoticeStore store) : PageModel
{
    public IReadOnlyList<PublicDraw> Draws { get; private set; } = [];

    public Pager Pager { get; private set; } = new("/public/draws?", 1, false);

    public async Task OnGetAsync(int? page, CancellationToken cancellationToken)
    {
        var number = Pager.Clamp(page);
        (Draws, Pager) = Pager.Of(await store.ListDrawsAsync(number, cancellationToken), "/public/draws?", number);
    }
}
