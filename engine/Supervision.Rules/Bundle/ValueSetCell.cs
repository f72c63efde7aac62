namespace Supervision.Rules.Bundle;

/// <summary>A set of enum or boolean values ('A,B'), or its complement ('not(A,B)').</summary>
public sealed record ValueSetCell(IReadOnlyList<string> Values, bool Negated) : CellTest
{
    public bool Contains(string? value)
        => value is not null && Values.Contains(value, StringComparer.Ordinal) != Negated;
}
