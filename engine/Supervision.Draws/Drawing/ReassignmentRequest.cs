using Supervision.Draws.Record;

namespace Supervision.Draws.Drawing;

/// <summary>A place to fill on a task's team after an inspector withdrew (回避).</summary>
/// <param name="Plan">The task's plan as the draw froze it (team size, ceiling, lead certifications).</param>
/// <param name="Inspectors">The draw's inspector snapshot (the record's <c>inspectors</c>).</param>
/// <param name="Task">The task as drawn (department, enterprise, window, last time's inspectors).</param>
/// <param name="Withdrawn">The inspector whose place is filled.</param>
/// <param name="Slot">Their place on the team, from 1 (1 is the lead).</param>
/// <param name="Team">The team as it stands without them: nobody joins twice.</param>
/// <param name="Withdrawals">Every inspector who withdrew from this task: none of them comes back.</param>
/// <param name="Load">Each inspector's tasks in the draw as the teams stand now, against the plan's ceiling.</param>
public sealed record ReassignmentRequest(
    PlanRecord Plan,
    IReadOnlyList<InspectorRecord> Inspectors,
    TaskRecord Task,
    string Withdrawn,
    int Slot,
    IReadOnlyList<string> Team,
    IReadOnlySet<string> Withdrawals,
    IReadOnlyDictionary<string, int> Load);
