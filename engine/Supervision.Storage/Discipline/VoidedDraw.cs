namespace Supervision.Storage.Discipline;

/// <summary>A voided draw (作废), with the void's audit entry.</summary>
public sealed record VoidedDraw(string DrawId, DateOnly DrawDate, DateTimeOffset? VoidedAt, string Actor, string Reason);
