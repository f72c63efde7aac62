namespace Supervision.Application.Bundles;

/// <summary>A plan file of a change draft as its top-level fields.</summary>
/// <param name="File">Relative to the bundle directory.</param>
/// <param name="Fields">Its fields in file order (block values read-only).</param>
public sealed record DraftPlan(string File, IReadOnlyList<PlanField> Fields);
