using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Supervision.Application.Bundles;

namespace Supervision.Service.Pages.Regulator;

/// <summary>
/// A change draft of the signed-in regulator (another's is 404): its title, its files changed against the bundle in
/// force, the links that edit its tables, plans and tests, its checks as they stand, and the buttons that submit it as
/// a change request or discard it.
/// </summary>
public sealed class DraftModel(BundleDrafts drafts, RuleChangeSettings settings, ILogger<DraftModel> logger) : PageModel
{
    public DraftOverview? Overview { get; private set; }

    [BindProperty]
    public string Title { get; set; } = "";

    /// <summary>The file saved last (Post/Redirect/Get: ?saved=…), or "title".</summary>
    [BindProperty(SupportsGet = true, Name = "saved")]
    public string? Saved { get; set; }

    /// <summary>Why the last action was refused (what was typed is kept).</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var found = await LoadAsync(id, cancellationToken);
        Title = Overview?.Draft.Title ?? "";
        return found;
    }

    public async Task<IActionResult> OnPostRenameAsync(long id, CancellationToken cancellationToken)
    {
        try
        {
            return await drafts.RenameAsync(id, User.Identity!.Name!, Title, cancellationToken)
                ? LocalRedirect($"/regulator/drafts/{id}?saved=title")
                : NotFound();
        }
        catch (DraftEditRefusedException e)
        {
            Problem = e.Message;
            return await LoadAsync(id, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostSubmitAsync(long id, CancellationToken cancellationToken)
    {
        var user = User.Identity!.Name!;
        try
        {
            if (await drafts.SubmitAsync(id, user, Title, settings.InForce, cancellationToken) is not { } request)
            {
                return NotFound();
            }

            ServiceLog.RuleChangeDraftSubmitted(logger, user, id, request);
            return LocalRedirect($"/regulator/changes/{request}");
        }
        catch (Exception e) when (e is DraftEditRefusedException or InvalidDataException)
        {
            Problem = e.Message;
            return await LoadAsync(id, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostDiscardAsync(long id, CancellationToken cancellationToken)
    {
        var user = User.Identity!.Name!;
        if (!await drafts.DiscardAsync(id, user, cancellationToken))
        {
            return NotFound();
        }

        ServiceLog.RuleChangeDraftDiscarded(logger, user, id);
        return LocalRedirect("/regulator/changes");
    }

    public static string ChangeWords(string change) => change switch
    {
        DraftFileChange.Added => "新增",
        DraftFileChange.Removed => "删除",
        _ => "修改",
    };

    private async Task<IActionResult> LoadAsync(long id, CancellationToken cancellationToken)
    {
        Overview = await drafts.OverviewAsync(id, User.Identity!.Name!, settings.InForce, cancellationToken);
        return Overview is null ? NotFound() : Page();
    }
}
