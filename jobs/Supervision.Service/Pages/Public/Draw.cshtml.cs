using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supervision.Application.Publication;
using Supervision.Storage.Public;

namespace Supervision.Service.Pages.Public;

/// <summary>
/// One draw's notice (程序公开): its commitments and hashes, the downloads with their SHA-256 beside the audit log's
/// publication entry (the public's tamper check), and its drawn enterprises page by page. 404 for an unknown draw.
/// </summary>
[AllowAnonymous]
public sealed class DrawModel(PublicNoticeStore store) : PageModel
{
    public PublicDrawDetail? Detail { get; private set; }

    /// <summary>The SHA-256 of each download generated so far (each is generated on its first request).</summary>
    public IReadOnlyDictionary<string, string> Hashes { get; private set; } = new Dictionary<string, string>();

    /// <summary>The audit log's publication entry of the draw notice, if there is one.</summary>
    public PublicationEntry? Published { get; private set; }

    public IReadOnlyList<PublicTask> Tasks { get; private set; } = [];

    public Pager Pager { get; private set; } = new("?", 1, false);

    public static string Describe(string file) => file switch
    {
        PublicDrawFiles.NoticeHtml => "抽查公告（网页）",
        PublicDrawFiles.NoticeCsv => "抽查名单（表格）",
        PublicDrawFiles.PublicRecord => "公开版抽查记录",
        _ => "公开版检查对象名单",
    };

    public async Task<IActionResult> OnGetAsync(string drawId, int? page, CancellationToken cancellationToken)
    {
        Detail = await store.FindDrawAsync(drawId, cancellationToken);
        if (Detail is null)
        {
            return NotFound();
        }

        Published = PublicDrawFiles.NoticePublication(Detail);
        Hashes = await store.FileHashesAsync(drawId, cancellationToken);
        var number = Pager.Clamp(page);
        (Tasks, Pager) = Pager.Of(await store.ListDrawTasksAsync(drawId, number, cancellationToken), $"/public/draws/{Uri.EscapeDataString(drawId)}?", number);
        return Page();
    }
}
