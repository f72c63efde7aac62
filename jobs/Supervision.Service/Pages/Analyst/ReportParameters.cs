using Supervision.Application.Reports;
using Supervision.Storage.Reports;

namespace Supervision.Service.Pages.Analyst;

/// <summary>
/// What an analyst's page and its downloads are asked for, as query parameters — the night, the filters, the night to
/// compare with, the period, the step and the focus category — bound once from the query string by every page, so that
/// every view is a link that can be bookmarked, shared and opened again (GET forms, no state on the server).
/// </summary>
public sealed class ReportParameters
{
    public string? Run { get; set; }

    /// <summary>A GB/T 4754 code or its prefix.</summary>
    public string? Industry { get; set; }

    public string? District { get; set; }

    public string? Category { get; set; }

    public string? Regime { get; set; }

    /// <summary>An earlier run to compare with instead of the previous one (moves over a period).</summary>
    public string? Compare { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    /// <summary>night, or month (the default).</summary>
    public string? Step { get; set; }

    /// <summary>The category whose share per district the trends follow.</summary>
    public string? Focus { get; set; }

    public ReportFilter Filter => new(Industry, District, Category, Regime);

    public TrendStep StepValue => Step == "night" ? TrendStep.Night : TrendStep.Month;

    /// <summary>The night asked for, or the latest; null when there is none or the one asked for is not stored.</summary>
    public ReportRun? Night(IReadOnlyList<ReportRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return Run is null ? (runs.Count > 0 ? runs[0] : null) : runs.FirstOrDefault(r => r.RunId == Run);
    }

    /// <summary>The period asked for, or by default the twelve months up to the latest night (a start after the end is swapped).</summary>
    public (DateOnly From, DateOnly To) Period(IReadOnlyList<ReportRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var end = To ?? (runs.Count > 0 ? runs[0].AsOf : DateOnly.FromDateTime(DateTime.UnixEpoch));
        var start = From ?? end.AddYears(-1).AddDays(1);
        return start <= end ? (start, end) : (end, start);
    }

    /// <summary>The query string of a period page (starting with ?), with the period as resolved.</summary>
    public string PeriodQuery((DateOnly From, DateOnly To) period) => Microsoft.AspNetCore.Http.QueryString.Create(new Dictionary<string, string?>
    {
        ["from"] = IsoDate.Format(period.From), ["to"] = IsoDate.Format(period.To), ["step"] = Step, ["focus"] = Focus,
        ["industry"] = Industry, ["district"] = District, ["regime"] = Regime,
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
