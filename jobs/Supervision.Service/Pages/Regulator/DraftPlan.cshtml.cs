using Microsoft.AspNetCore.Mvc;
using Supervision.Application.Bundles;

namespace Supervision.Service.Pages.Regulator;

/// <summary>
/// A plan of a change draft (plans/*.yaml) field by field: one labelled input per one-line top-level field, its value
/// as written (1%, { per_department_per_year: 2, total_per_year: 4 }, "30 2 1 12 *"); block values are listed and
/// edited in the file editor. Saving keeps every comment and returns to the draft's page with its checks.
/// </summary>
public sealed class DraftPlanModel(BundleDrafts drafts) : DraftEditorModel
{
    /// <summary>The file, relative to the bundle directory (plans/2026-12-market.yaml).</summary>
    [BindProperty(SupportsGet = true, Name = "file")]
    public string FileName { get; set; } = "";

    public IReadOnlyList<PlanField> Fields { get; private set; } = [];

    /// <summary>The values as posted, by key (null for an emptied input).</summary>
    [BindProperty]
    public Dictionary<string, string?> Values { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        DraftId = id;
        try
        {
            if (await drafts.ReadPlanAsync(id, User.Identity!.Name!, FileName, cancellationToken) is not { } plan)
            {
                return NotFound();
            }

            Fields = plan.Fields;
            Values = plan.Fields.Where(f => f.Editable).ToDictionary(f => f.Key, string? (f) => f.Value, StringComparer.Ordinal);
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
            var values = Values.ToDictionary(v => v.Key, v => v.Value ?? "", StringComparer.Ordinal);
            return await drafts.WritePlanAsync(id, user, FileName, values, cancellationToken)
                ? Saved(FileName)
                : NotFound();
        }
        catch (DraftEditRefusedException e)
        {
            Problem = e.Message;
        }

        try
        {
            Fields = (await drafts.ReadPlanAsync(id, user, FileName, cancellationToken))?.Fields ?? [];
        }
        catch (DraftEditRefusedException)
        {
            // The problem above already says why.
        }

        return Page();
    }
}
