using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Supervision.Application.Reports;
using Supervision.Data.Exports;
using Supervision.Storage.Discipline;

namespace Supervision.Service.Pages.Discipline;

/// <summary>
/// 电子监察 (the discipline office only, by the /Discipline folder's policy): over a period — by default the twelve months
/// up to today in Asia/Shanghai — the tasks not inspected in their window, results made public late, voided draws,
/// inspectors over the workload ceiling, recusals and rule changes; the whole report as a workbook (?export=xlsx).
/// </summary>
public sealed class IndexModel(DisciplineStore store, TimeProvider clock, ILogger<IndexModel> logger) : PageModel
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public DisciplineReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] DateOnly? from, [FromQuery] DateOnly? to, [FromQuery] string? export, CancellationToken cancellationToken)
    {
        var end = to ?? Shanghai.Today(clock.GetUtcNow());
        var start = from ?? end.AddYears(-1).AddDays(1);
        if (start > end)
        {
            (start, end) = (end, start);
        }

        Report = await store.ReportAsync(start, end, cancellationToken);
        if (export is null)
        {
            return Page();
        }

        if (export != "xlsx")
        {
            return NotFound();
        }

        var temporary = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        try
        {
            await XlsxExport.WriteAsync(temporary, DisciplineTables.Of(Report), cancellationToken);
        }
        catch
        {
            await temporary.DisposeAsync();
            throw;
        }

        temporary.Position = 0;
        var name = $"电子监察-{IsoDate.Format(start)}至{IsoDate.Format(end)}.xlsx";
        ServiceLog.ReportExported(logger, User.Identity!.Name!, name, "discipline", temporary.Length);
        return File(temporary, Xlsx, name);
    }
}
