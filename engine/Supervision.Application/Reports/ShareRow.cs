namespace Supervision.Application.Reports;

/// <summary>One value of a dimension (a category, a level…) with its count and its share of the whole.</summary>
/// <param name="Value">The value as stored (empty for an evaluation error).</param>
/// <param name="Enterprises">How many enterprises have it.</param>
/// <param name="Share">Their share of the enterprises counted, 0 to 1.</param>
public sealed record ShareRow(string Value, long Enterprises, double Share);
