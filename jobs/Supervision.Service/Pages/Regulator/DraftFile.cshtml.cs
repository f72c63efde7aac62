using Microsoft.AspNetCore.Mvc;
using Supervision.Application.Bundles;

namespace Supervision.Service.Pages.Regulator;

/// <summary>
/// A text file of a change draft edited raw — the tests that pin the old values (tests/*.yaml, plans/tests/*.yaml), a
/// plan's block values, or a new file. Paths outside the bundle, other than text, or over 1 MiB are refused.
/// </summary>
/// <remarks>The form limit is on the class: Razor Pages ignore filters on handler methods.</remarks>
[RequestFormLimits(ValueLengthLimit = DraftPaths.MaxFileBytes * 2)]
public sealed class DraftFileModel(BundleDrafts drafts) : DraftEditorModel
{
    /// <summary>The file, relative to the bundle directory (tests/matrix.yaml).</summary>
    [BindProperty(SupportsGet = true, Name = "path")]
    public string FilePath { get; set; } = "";

    [BindProperty]
    public string? Text { get; set; }

    /// <summary>Whether the draft holds the file (else saving makes it).</summary>
    public bool Exists { get; private set; }

    /// <summary>Whether the file can be edited at all (a refused path shows no editor).</summary>
    public bool Editable { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        DraftId = id;
        try
        {
            if (await drafts.ReadFileAsync(id, User.Identity!.Name!, FilePath, cancellationToken) is not { } file)
            {
                return NotFound();
            }

            (Text, Exists, Editable) = (file.Text, file.Exists, true);
            return Page();
        }
        catch (DraftEditRefusedException e)
        {
            return Refused(e, cannotOpen: true);
        }
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        DraftId = id;
        try
        {
            return await drafts.WriteFileAsync(id, User.Identity!.Name!, FilePath, Text ?? "", cancellationToken)
                ? Saved(FilePath)
                : NotFound();
        }
        catch (DraftEditRefusedException e)
        {
            Editable = true;
            return Refused(e, cannotOpen: false);
        }
    }
}
