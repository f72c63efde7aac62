using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supervision.Application.Publication;

namespace Supervision.Service.Pages.Public;

/// <summary>A public download of a draw (<see cref="PublicDrawFiles"/>): the same bytes on every request; 404 for anything else.</summary>
[AllowAnonymous]
public sealed class DrawFileModel(PublicDrawFiles files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string drawId, string file, CancellationToken cancellationToken)
    {
        if (await files.GetAsync(drawId, file, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        var type = Path.GetExtension(file) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".csv" => "text/csv; charset=utf-8",
            _ => "application/json; charset=utf-8",
        };

        // Served as an attachment: the notice's HTML is the published document, opened from disk, not a page of this site.
        return File(found.Content, type, $"{drawId}-{file}");
    }
}
