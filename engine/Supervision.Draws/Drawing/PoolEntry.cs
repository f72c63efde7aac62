namespace Supervision.Draws.Drawing;

/// <summary>
/// One line of the frozen population snapshot: an enterprise eligible for one pool of one plan. A value, not an object:
/// a draw freezes a million of them, and as objects they were a million survivors for every collection during the draw.
/// </summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Pool">blacklist, triggered, a category, or verification-only.</param>
/// <param name="Uscc">The enterprise.</param>
/// <param name="Name">Its name.</param>
/// <param name="LastInspectors">Inspectors who may not inspect it this time.</param>
/// <param name="Note">For case-driven entries: the trigger, and whether it bypassed the annual cap.</param>
public readonly record struct PoolEntry(string PlanId, string Pool, string Uscc, string Name, IReadOnlyList<string> LastInspectors, string? Note);
