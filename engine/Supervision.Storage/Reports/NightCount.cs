namespace Supervision.Storage.Reports;

/// <summary>Enterprises of one night in one district and category.</summary>
public sealed record NightCount(DateOnly AsOf, string District, string Category, long Enterprises);
