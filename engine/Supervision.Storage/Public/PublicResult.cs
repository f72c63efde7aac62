namespace Supervision.Storage.Public;

/// <summary>A confirmed inspection result: public from <paramref name="PublishedAt"/> (published, else confirmed, else recorded). Outcome: The standard result category's code. FindingsJson: inspection_results.findings: per finding the item and the violation code. EntryJson: inspection_results.entry: the result as a row of the results file, or null for older rows.</summary>
public sealed record PublicResult(DateOnly InspectedOn, string Outcome, string FindingsJson, string? EntryJson, DateTimeOffset PublishedAt);
