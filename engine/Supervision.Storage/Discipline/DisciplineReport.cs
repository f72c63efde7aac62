namespace Supervision.Storage.Discipline;

/// <summary>
/// 电子监察: what the discipline office (纪检监察) checks of the supervision itself over a period — tasks not inspected in
/// their window, results made public late, voided draws, inspectors over the workload ceiling, recusals, rule changes.
/// </summary>
/// <param name="From">First day of the period.</param>
/// <param name="To">Last day (also the day overdue work is judged on).</param>
/// <param name="Overdue">Tasks whose window ended with no confirmed result (at most <see cref="DisciplineStore.RowLimit"/>).</param>
/// <param name="LatePublications">Visits whose results were made public late, or are still not public after the deadline.</param>
/// <param name="Voided">Voided draws with who voided them and why.</param>
/// <param name="OverCeiling">Inspectors on more tasks of a plan than its ceiling.</param>
/// <param name="RecusalsByGround">Recusals by ground and state.</param>
/// <param name="RecusalsByInspector">The inspectors who declared the most recusals.</param>
/// <param name="RuleChanges">Rule change requests and what became of them.</param>
public sealed record DisciplineReport(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<OverdueTask> Overdue,
    IReadOnlyList<LatePublication> LatePublications,
    IReadOnlyList<VoidedDraw> Voided,
    IReadOnlyList<WorkloadOverCeiling> OverCeiling,
    IReadOnlyList<RecusalCount> RecusalsByGround,
    IReadOnlyList<InspectorRecusals> RecusalsByInspector,
    IReadOnlyList<Changes.ChangeRequest> RuleChanges);
