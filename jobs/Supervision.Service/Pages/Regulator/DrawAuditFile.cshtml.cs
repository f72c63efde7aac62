using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Supervision.Storage.Draws;

namespace Supervision.Service.Pages.Regulator;

/// <summary>
/// A draw's audit files (the full record, the population snapshot with the pools), for regulators only by the /Regulator
/// folder's policy: each download is an audit entry (<see cref="DrawAuditFiles"/>); 404 for an unknown draw or file.
/// </summary>
public sealed class DrawAuditFileModel(DrawAuditFiles files, ILogger<DrawAuditFileModel> logger) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string drawId, string file, CancellationToken cancellationToken)
    {
        var user = User.Identity!.Name!;
        if (await files.DiscloseAsync(drawId, file, user, cancellationToken) is not { } content)
        {
            return NotFound();
        }

        ServiceLog.AuditFileDisclosed(logger, user, file, drawId);
        var type = file == DrawAuditFiles.RecordFile ? "application/json; charset=utf-8" : "text/csv; charset=utf-8";
        return File(content, type, $"{drawId}-{file}");
    }
}
