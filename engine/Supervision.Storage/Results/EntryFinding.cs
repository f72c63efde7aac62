namespace Supervision.Storage.Results;

/// <summary>A finding of an entered result: the item checked and the violation found (stored in <c>inspection_results.findings</c>).</summary>
public sealed record EntryFinding(string Item, string ViolationCode);
