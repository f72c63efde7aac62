using Supervision.Model.Indicators;
using Supervision.Rules.Bundle;
using Supervision.Rules.Diagnostics;
using Supervision.Rules.Language;

namespace Supervision.Rules.Analysis;

/// <summary>An input column of a table under analysis: its declared domain and how its cells map into it.</summary>
/// <param name="Name">The variable the column tests.</param>
/// <param name="Index">Position among the table's inputs.</param>
/// <param name="Domain">Every value the column can take.</param>
/// <param name="Provable">False for text columns without declared values: gaps cannot be proven over them.</param>
/// <param name="Location">Where the column is declared (tables.yaml).</param>
internal sealed record Column(string Name, int Index, CellSet Domain, bool Provable, SourceLocation Location)
{
    /// <summary>CSV field number of the column (the id is field 1).</summary>
    public int Field => Index + 2;

    /// <summary>
    /// The domain: a number column's declared domain, else the indicator's min/max (either bound alone also
    /// counts), else unbounded; an enum's values; true/false; for text without values every text (not provable).
    /// </summary>
    public static Column For(TableInput input, int index, VariableCatalog catalog, IReadOnlyList<IndicatorDefinition> indicators)
    {
        var variable = catalog.Get(input.Name);
        switch (variable.Type)
        {
            case VariableType.Number or VariableType.Date:
                var integer = variable.Declared == IndicatorType.Integer;
                var indicator = indicators.FirstOrDefault(i => i.Name == input.Name);
                var domain = input.Domain is { } d
                    ? NumericSet.Of(d.Low, d.LowInclusive, d.High, d.HighInclusive, integer)
                    : NumericSet.Of(indicator?.Min ?? double.NegativeInfinity, true, indicator?.Max ?? double.PositiveInfinity, true, integer);
                return new Column(input.Name, index, domain, Provable: true, input.Location);
            case VariableType.Boolean:
                return new Column(input.Name, index, ValueSet.Of(["true", "false"]), Provable: true, input.Location);
            default:
                return variable.Values.Count > 0
                    ? new Column(input.Name, index, ValueSet.Of(variable.Values), Provable: true, input.Location)
                    : new Column(input.Name, index, ValueSet.AllExcept([]), Provable: false, input.Location);
        }
    }

    /// <summary>The values of the domain a cell admits (possibly none).</summary>
    public CellSet Cell(CellTest test) => test switch
    {
        IntervalCell i when Domain is NumericSet n => NumericSet.Of(i.Low, i.LowInclusive, i.High, i.HighInclusive, n.Integer).Intersect(Domain),
        ValueSetCell v => (v.Negated ? ValueSet.AllExcept(v.Values) : ValueSet.Of(v.Values)).Intersect(Domain),
        _ => Domain,
    };
}
