using Supervision.Rules.Diagnostics;
using Supervision.Rules.Language;
using Supervision.Rules.Scoring;

namespace Supervision.Rules.Explanation;

/// <summary>
/// Walks a rule's condition and evaluates every part of it on the enterprise's fact: each comparison, list test,
/// function and true/false name with the values it reads, and each and/or/not over them, at its source position.
/// </summary>
internal sealed class ConditionTracer
{
    private static readonly HashSet<string> NumericFunctions = ["months_since", "days_since", "years_since", "min", "max", "abs"];

    private readonly VariableCatalog _catalog;
    private readonly int _phase;
    private readonly DecisionFact _fact;
    private readonly SourceLocation _start;
    private readonly ConditionSpans _spans;

    private ConditionTracer(string condition, SourceLocation start, VariableCatalog catalog, int phase, DecisionFact fact)
    {
        _catalog = catalog;
        _phase = phase;
        _fact = fact;
        _start = start;
        _spans = new ConditionSpans(condition);
    }

    /// <param name="condition">The condition text.</param>
    /// <param name="start">Where its first character is (the rule's <c>when</c> location).</param>
    /// <param name="catalog">The bundle's variables.</param>
    /// <param name="phase">The phase the condition is evaluated in.</param>
    /// <param name="fact">The enterprise's fact for that phase.</param>
    public static TraceNode Trace(string condition, SourceLocation start, VariableCatalog catalog, int phase, DecisionFact fact)
        => new ConditionTracer(condition, start, catalog, phase, fact).Visit(Parser.Parse(condition));

    private TraceNode Visit(Node node)
    {
        var text = _spans.Text(node);
        var location = _start.Offset(_spans.Start(node));
        var (held, error) = SubExpression.Condition(text, _catalog, _phase, _fact);
        return node switch
        {
            BinaryNode { Operator: "and" or "or" } logical => new TraceNode(text, logical.Operator == "and" ? TraceKind.All : TraceKind.Any,
                held, error, [], [.. Chain(logical, logical.Operator).Select(Visit)], location),
            UnaryNode { Operator: "not" } not => new TraceNode(text, TraceKind.Not, held, error, [], [Visit(not.Operand)], location),
            _ => new TraceNode(text, TraceKind.Atom, held, error, Values(node), [], location),
        };
    }

    /// <summary>'a and b and c' as [a, b, c]: the parser nests same-operator chains to the left.</summary>
    private static IEnumerable<Node> Chain(Node node, string op)
        => node is BinaryNode binary && binary.Operator == op ? Chain(binary.Left, op).Concat(Chain(binary.Right, op)) : [node];

    private List<string> Values(Node atom)
    {
        var values = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyList<Node> operands = atom switch
        {
            BinaryNode comparison => [comparison.Left, comparison.Right],
            InNode list => [list.Operand],
            CallNode call => call.Arguments,
            _ => [atom],
        };
        foreach (var operand in operands)
        {
            if (IsComputed(operand))
            {
                var text = _spans.Text(operand);
                if (SubExpression.Value(text, _catalog, _phase, _fact) is { } value)
                {
                    values.Add($"{text} = {value}");
                }
            }

            foreach (var name in Names(operand).Where(seen.Add))
            {
                values.Add($"{name} = {ValueText.Of(_catalog.Get(name), _fact)}");
            }
        }

        return values;
    }

    private static bool IsComputed(Node node) => node switch
    {
        CallNode call => NumericFunctions.Contains(call.Function),
        BinaryNode { Operator: "+" or "-" or "*" or "/" } => true,
        UnaryNode { Operator: "-" } => true,
        _ => false,
    };

    private static IEnumerable<string> Names(Node node) => node switch
    {
        NameNode name => [name.Name],
        CallNode call => call.Arguments.SelectMany(Names),
        UnaryNode unary => Names(unary.Operand),
        BinaryNode binary => Names(binary.Left).Concat(Names(binary.Right)),
        InNode list => Names(list.Operand),
        _ => [],
    };
}
