using Supervision.Rules.Bundle;
using Supervision.Rules.Language;
using Supervision.Rules.Scoring;

namespace Supervision.Rules.Explanation;

/// <summary>Evaluates every input cell of a decision-table row on the enterprise's fact, at the cell's file:line:column.</summary>
internal static class RowTracer
{
    public static IReadOnlyList<TraceNode> Trace(TableSpec table, TableRow row, VariableCatalog catalog, DecisionFact fact)
    {
        var cells = new List<TraceNode>();
        for (var i = 0; i < table.Inputs.Count; i++)
        {
            var variable = catalog.Get(table.Inputs[i].Name);
            var test = row.Tests[i];
            // Columns are CSV field numbers, the id being field 1 (as in rules check).
            var location = row.Location with { Column = i + 2 };
            var (held, error) = test is AnyCell ? (true, null) : SubExpression.Cell(test, variable, fact);
            cells.Add(new TraceNode(test is AnyCell ? $"{variable.Name}: -（任意 any）" : $"{variable.Name}: {test.Text}", TraceKind.Cell, held, error,
                [$"{variable.Name} = {ValueText.Of(variable, fact)}"], [], location));
        }

        return cells;
    }
}
