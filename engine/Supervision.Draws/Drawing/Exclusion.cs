namespace Supervision.Draws.Drawing;

/// <summary>An enterprise a plan did not draw from, and why; desk review (书面核查) is recorded the same way.</summary>
public sealed record Exclusion(string PlanId, string Uscc, string Reason, bool DeskReview);
