using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supervision.Application.Bundles;
using Supervision.Data.WhatIf;
using Supervision.Storage.Changes;

namespace Supervision.Service.Pages.Regulator;

/// <summary>
/// A change request's what-if: the service's population scored under the bundle in force and under the candidate today
/// (Asia/Shanghai) — the category transition matrix, enterprises and planned inspections per category, and each moved
/// enterprise with both explanations (the first 50 here, all in the downloadable page).
/// </summary>
public sealed class ChangeWhatIfModel(ChangeRequestStore requests, BundleChanges changes, RuleChangeSettings settings, TimeProvider clock) : PageModel
{
    /// <summary>Moved enterprises shown on the page.</summary>
    public const int Shown = 50;

    public ChangeRequest? Change { get; private set; }

    public RulesDiffReport? Report { get; private set; }

    public string? Why { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, [FromQuery] bool? download, CancellationToken cancellationToken)
    {
        Change = await requests.GetAsync(id, cancellationToken);
        if (Change is null)
        {
            return NotFound();
        }

        var asOf = Shanghai.Today(clock.GetUtcNow());
        (Report, Why) = await changes.WhatIfAsync(id, settings.InForce, settings.Data, asOf, cancellationToken);
        if (download == true && Report is not null)
        {
            var html = BundleChanges.WhatIfPage(Report, settings.Data);
            return File(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", $"whatif-change-{id}.html");
        }

        return Page();
    }
}
