namespace Supervision.Storage.Results;

/// <summary>A draw's results confirmed in the service, with what checking them needs.</summary>
/// <param name="Record">The draw's record as stored (JSON).</param>
/// <param name="Rows">The results as rows of the results file (column name → cell), in task order.</param>
/// <param name="Teams">The teams changed by recusals and reassignments (task id → team as it stands): the record keeps them as drawn.</param>
public sealed record ConfirmedResults(
    string Record, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows, IReadOnlyDictionary<string, IReadOnlyList<string>> Teams);
