namespace Supervision.Storage.Reports;

/// <summary>A task with a confirmed result, with the enterprise's standing in the run the draw drew from.</summary>
public sealed record InspectedTask(string Uscc, string Pool, string Category, double? SafetyScore, double? CreditScore, bool ProblemFound);
