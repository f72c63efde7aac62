namespace Supervision.Storage.Draws;

/// <summary>A draw as the regulators' draw list shows it.</summary>
/// <param name="DrawId">The draw.</param>
/// <param name="DrawDate">Its date.</param>
/// <param name="PlanIds">Its plans, in record order.</param>
/// <param name="Status">drawn, published or cancelled (voided).</param>
/// <param name="Tasks">Its tasks.</param>
/// <param name="Unassigned">Tasks no valid team could be drawn for.</param>
/// <param name="PendingRecusals">Recusals waiting for a replacement.</param>
/// <param name="Confirmed">Tasks with a confirmed result.</param>
public sealed record DrawSummary(string DrawId, DateOnly DrawDate, IReadOnlyList<string> PlanIds, string Status, long Tasks, long Unassigned, long PendingRecusals, long Confirmed);
