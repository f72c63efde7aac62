using Microsoft.AspNetCore.Mvc;
using Supervision.Application.Bundles;

namespace Supervision.Service.Pages.Regulator;

/// <summary>
/// A CSV table of a change draft (a decision table) as an editable grid: one input per cell, a blank row to add one, a
/// box to delete a row. Saving writes the CSV into the draft under the same header and returns to the draft's page,
/// whose checks then show what the edit did.
/// </summary>
/// <remarks>
/// One form value per cell: the limit is raised from 1,024 so that the largest CSV of a bundle (the calendar, a few
/// hundred cells) posts; on the class, since Razor Pages ignore filters on handler methods.
/// </remarks>
[RequestFormLimits(ValueCountLimit = 16384)]
public sealed class DraftTableModel(BundleDrafts drafts) : DraftEditorModel
{
    /// <summary>The file, relative to the bundle directory (tables/ratios.csv).</summary>
    [BindProperty(SupportsGet = true, Name = "file")]
    public string FileName { get; set; } = "";

    public IReadOnlyList<string> Header { get; private set; } = [];

    [BindProperty]
    public List<DraftGridRow> Rows { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        DraftId = id;
        try
        {
            if (await drafts.ReadTableAsync(id, User.Identity!.Name!, FileName, cancellationToken) is not { } table)
            {
                return NotFound();
            }

            Header = table.Header;
            Rows = [.. table.Rows.Select(r => new DraftGridRow { Cells = [.. r] }), new DraftGridRow { Cells = [.. table.Header.Select(_ => "")] }];
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
        var user = User.Identity!.Name!;
        try
        {
            var rows = Rows.Where(r => !r.Delete).Select(r => (IReadOnlyList<string>)[.. r.Cells.Select(c => c ?? "")]).ToList();
            return await drafts.WriteTableAsync(id, user, FileName, rows, cancellationToken)
                ? Saved(FileName)
                : NotFound();
        }
        catch (DraftEditRefusedException e)
        {
            Problem = e.Message;
        }

        try
        {
            Header = (await drafts.ReadTableAsync(id, user, FileName, cancellationToken))?.Header ?? [];
        }
        catch (DraftEditRefusedException)
        {
            // The problem above already says why; the typed rows are shown under no header.
        }

        return Page();
    }
}
