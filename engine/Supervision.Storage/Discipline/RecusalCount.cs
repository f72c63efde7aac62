namespace Supervision.Storage.Discipline;

/// <summary>Recusals of one ground (interest, relative, employment, other) in one state (pending, reassigned).</summary>
public sealed record RecusalCount(string Ground, string Status, long Count);
