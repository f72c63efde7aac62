namespace Supervision.Rules.Bundle;

/// <summary>'-': the column does not restrict the row.</summary>
public sealed record AnyCell : CellTest;
