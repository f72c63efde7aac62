using Supervision.Rules.Diagnostics;

namespace Supervision.Rules.Bundle;

/// <summary>An input column of a decision table.</summary>
/// <param name="Name">Indicator or pipeline variable the column tests.</param>
/// <param name="Domain">Declared numeric domain (for completeness checks), or null for enums and booleans.</param>
/// <param name="Location">Where the column is declared.</param>
public sealed record TableInput(string Name, IntervalCell? Domain, SourceLocation Location);
