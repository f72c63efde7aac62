namespace Supervision.Storage.Discipline;

/// <summary>An inspector's recusals in the period, and how many still wait for a replacement.</summary>
public sealed record InspectorRecusals(string Inspector, long Count, long Pending);
