namespace Supervision.Draws.Drawing;

/// <summary>An enterprise a plan did not draw from, and why; desk review (书面核查) is recorded the same way.</summary>
/// <remarks>
/// A value, not an object: a million enterprises under three plans make three million exclusions, which as objects the
/// collector marked and moved again and again while the draw was computed and saved.
/// </remarks>
public readonly record struct Exclusion(string PlanId, string Uscc, string Reason, bool DeskReview);
