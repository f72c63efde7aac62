namespace Supervision.Storage.Results;

/// <summary>A result the shared validator accepted, ready to be stored as entered.</summary>
/// <param name="InspectedOn">The inspection date.</param>
/// <param name="Outcome">The result category's code.</param>
/// <param name="Inspectors">The team members the result names; one of them other than the recorder confirms.</param>
/// <param name="Findings">The findings, coded by item and violation.</param>
/// <param name="Cells">The result as a row of the results file: column name → cell, as validated.</param>
public sealed record ResultDraft(
    DateOnly InspectedOn,
    string Outcome,
    IReadOnlyList<string> Inspectors,
    IReadOnlyList<EntryFinding> Findings,
    IReadOnlyDictionary<string, string> Cells);
