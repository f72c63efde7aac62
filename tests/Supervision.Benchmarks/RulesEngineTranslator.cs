using System.Globalization;
using Supervision.Rules.Bundle;
using Supervision.Rules.Compilation;
using Supervision.Rules.Language;

namespace Supervision.Benchmarks;

/// <summary>
/// Writes each element of a compiled bundle as a Microsoft RulesEngine lambda expression (System.Linq.Dynamic.Core
/// syntax) over <see cref="RulesEngineFact"/> 'e', so that both engines evaluate the same conditions.
/// </summary>
internal static class RulesEngineTranslator
{
    public static string Translate(Element element, VariableCatalog catalog)
        => element.Rule is { } rule ? Node(Parser.Parse(rule.When), catalog) : Row(element.Table!, element.Row!, catalog);

    private static string Row(TableSpec table, TableRow row, VariableCatalog catalog)
    {
        var parts = new List<string>();
        for (var i = 0; i < table.Inputs.Count; i++)
        {
            var variable = catalog.Get(table.Inputs[i].Name);
            var slot = Slot(variable);
            switch (row.Tests[i])
            {
                case IntervalCell c:
                    var low = double.IsNegativeInfinity(c.Low) ? "true" : $"{slot} {(c.LowInclusive ? ">=" : ">")} {Num(c.Low)}";
                    var high = double.IsPositiveInfinity(c.High) ? "true" : $"{slot} {(c.HighInclusive ? "<=" : "<")} {Num(c.High)}";
                    parts.Add($"({low} && {high})");
                    break;
                case ValueSetCell s:
                    var any = string.Join(" || ", s.Values.Select(v => variable.Type == VariableType.Boolean
                        ? $"{slot} == {(v == "true" ? 1 : 0)}"
                        : $"{slot} == \"{v}\""));
                    parts.Add(s.Negated ? $"!({any})" : $"({any})");
                    break;
            }
        }

        return parts.Count == 0 ? "true" : string.Join(" && ", parts);
    }

    private static string Node(Node node, VariableCatalog catalog) => node switch
    {
        LiteralNode { Value: double d } => Num(d),
        LiteralNode { Value: bool b } => b ? "true" : "false",
        LiteralNode { Value: string s } => $"\"{s}\"",
        NameNode n => Read(catalog.Get(n.Name)),
        UnaryNode { Operator: "not" } u => $"!({Node(u.Operand, catalog)})",
        UnaryNode u => $"-({Node(u.Operand, catalog)})",
        BinaryNode { Operator: "and" } b => $"({Node(b.Left, catalog)} && {Node(b.Right, catalog)})",
        BinaryNode { Operator: "or" } b => $"({Node(b.Left, catalog)} || {Node(b.Right, catalog)})",
        BinaryNode b => $"({Node(b.Left, catalog)} {b.Operator} {Node(b.Right, catalog)})",
        InNode i => (i.Negated ? "!" : "") + "(" + string.Join(" || ", i.Values.Select(v => $"{Node(i.Operand, catalog)} == {Node(v, catalog)}")) + ")",
        CallNode { Function: "months_since" } c => $"RulesEngineFunctions.MonthsSince(e.AsOfDay, {Node(c.Arguments[0], catalog)})",
        CallNode { Function: "days_since" } c => $"RulesEngineFunctions.DaysSince(e.AsOfDay, {Node(c.Arguments[0], catalog)})",
        CallNode { Function: "starts_with" } c => $"RulesEngineFunctions.StartsWith({Node(c.Arguments[0], catalog)}, {Node(c.Arguments[1], catalog)})",
        CallNode c => throw new NotSupportedException($"the benchmark translator has no RulesEngine form for {c.Function}"),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static string Read(Variable variable)
        => variable.Type == VariableType.Boolean ? $"({Slot(variable)} != 0)" : Slot(variable);

    private static string Slot(Variable variable)
        => variable.IsNumericSlot ? $"e.N[{variable.Slot}]" : $"e.T[{variable.Slot}]";

    private static string Num(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
