namespace Supervision.Application.Reports;

/// <summary>Inspection tasks of one group (a pool or a category): drawn, with a confirmed result, and the problems found among those.</summary>
public sealed record OutcomeRow(string Group, long Drawn, long Inspected, Proportion Problems);
