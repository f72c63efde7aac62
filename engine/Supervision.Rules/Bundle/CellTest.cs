namespace Supervision.Rules.Bundle;

/// <summary>A unary test in a decision-table input cell.</summary>
public abstract record CellTest
{
    /// <summary>The cell as the regulator wrote it.</summary>
    public required string Text { get; init; }
}
