using Supervision.Storage.Reports;

namespace Supervision.Service.Pages.Analyst;

/// <summary>
/// The period a trend or effectiveness page covers: as asked, or by default the twelve months up to the latest night
/// (a period later than it ends at it; a start after the end is swapped, not refused).
/// </summary>
public static class ReportPeriod
{
    public static (DateOnly From, DateOnly To) Resolve(DateOnly? from, DateOnly? to, IReadOnlyList<ReportRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var end = to ?? (runs.Count > 0 ? runs[0].AsOf : DateOnly.FromDateTime(DateTime.UnixEpoch));
        var start = from ?? end.AddYears(-1).AddDays(1);
        return start <= end ? (start, end) : (end, start);
    }
}
