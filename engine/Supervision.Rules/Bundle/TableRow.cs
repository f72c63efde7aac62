using Supervision.Rules.Diagnostics;

namespace Supervision.Rules.Bundle;

/// <summary>One row of a decision table.</summary>
/// <param name="Id">Stable row id, unique in the bundle.</param>
/// <param name="Tests">One test per input column, in column order.</param>
/// <param name="Outputs">One value per output column, in column order, as written.</param>
/// <param name="Basis">Legal basis.</param>
/// <param name="Location">File and line of the row.</param>
/// <param name="Validity">When the row is in force (optional valid_from / valid_to columns).</param>
public sealed record TableRow(
    string Id,
    IReadOnlyList<CellTest> Tests,
    IReadOnlyList<string> Outputs,
    string Basis,
    SourceLocation Location,
    Validity Validity);
