namespace Supervision.Draws.Drawing;

/// <summary>What a reassignment found: the replacement (null when nobody may go), the ring's size and what was passed over.</summary>
public sealed record ReassignmentChoice(string? InspectorId, int RingSize, ReassignmentCounts Counts);
