namespace Supervision.Storage.Results;

/// <summary>The result stored for a task, as its team sees it.</summary>
/// <param name="Outcome">The result category's code.</param>
/// <param name="Cells">The result as a row of the results file (column name → cell).</param>
/// <param name="Inspectors">The team members the result names.</param>
/// <param name="RecordedInspector">The inspector who entered it.</param>
/// <param name="RecordedByName">Their name to show.</param>
/// <param name="RecordedAt">When it was entered.</param>
/// <param name="Confirmed">A second inspector has confirmed it: only now does it count as entered.</param>
/// <param name="ConfirmedByName">The confirming inspector's name to show, or null.</param>
/// <param name="ConfirmedAt">When it was confirmed, or null.</param>
public sealed record ResultEntry(
    string Outcome,
    IReadOnlyDictionary<string, string> Cells,
    IReadOnlyList<string> Inspectors,
    string RecordedInspector,
    string RecordedByName,
    DateTimeOffset RecordedAt,
    bool Confirmed,
    string? ConfirmedByName,
    DateTimeOffset? ConfirmedAt);
