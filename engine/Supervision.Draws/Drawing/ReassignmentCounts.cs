namespace Supervision.Draws.Drawing;

/// <summary>The inspectors a reassignment's walk passed over before it stopped, by reason (each counted once).</summary>
public sealed record ReassignmentCounts(int Withdrawn = 0, int Expired = 0, int Conflict = 0, int Previous = 0, int Busy = 0, int Uncertified = 0);
