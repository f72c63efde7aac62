using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supervision.Application.Bundles;

namespace Supervision.Service.Pages.Regulator;

/// <summary>
/// What the three editors of a change draft (a table, a plan, a text file) share: the draft they edit, why an edit was
/// refused, and where a saved edit goes (the draft's page, whose checks show what it did).
/// </summary>
public abstract class DraftEditorModel : PageModel
{
    public long DraftId { get; protected set; }

    /// <summary>Why the file cannot be edited or was not saved (what was typed is kept).</summary>
    public string? Problem { get; protected set; }

    /// <summary>The draft's page, saying which file was saved.</summary>
    protected IActionResult Saved(string file) => LocalRedirect($"/regulator/drafts/{DraftId}?saved={Uri.EscapeDataString(file)}");

    /// <summary>The page again with the refusal's reason; a file that cannot be opened at all is a bad request.</summary>
    protected IActionResult Refused(DraftEditRefusedException refusal, bool cannotOpen)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        Problem = refusal.Message;
        if (cannotOpen)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
