namespace Supervision.Draws.Plans;

/// <summary>One entry of a plan's inspection-item list (检查事项清单).</summary>
/// <param name="Code">Stable code, e.g. SJ-SC-001.</param>
/// <param name="Title">What is checked.</param>
/// <param name="Basis">Legal basis (文号 and article): no inspection without one (国办发〔2015〕58号).</param>
/// <param name="Key">Key item (重点检查事项): always checked; general items are drawn at random.</param>
/// <param name="Department">Department that checks it; null means the plan's initiating department.</param>
public sealed record InspectionItem(string Code, string Title, string Basis, bool Key, string? Department);
