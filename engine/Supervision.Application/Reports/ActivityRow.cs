namespace Supervision.Application.Reports;

/// <summary>
/// Inspection tasks of one month and one group (a category, a district or a pool): drawn, with a confirmed result, and
/// the problems found among those as a rate with its interval.
/// </summary>
public sealed record ActivityRow(string Month, string Group, long Drawn, long Inspected, Proportion Problems);
