using Supervision.Rules.Diagnostics;

namespace Supervision.Rules.Bundle;

/// <summary>A decision table: declaration from tables.yaml plus rows from its CSV file.</summary>
public sealed record TableSpec(
    string Id,
    string Title,
    string File,
    HitPolicy HitPolicy,
    IReadOnlyList<TableInput> Inputs,
    IReadOnlyList<string> Outputs,
    IReadOnlyList<TableRow> Rows,
    SourceLocation Location);
