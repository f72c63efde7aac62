using System.Globalization;
using Supervision.Model.Indicators;
using Supervision.Rules.Diagnostics;

namespace Supervision.Rules.Language;

/// <summary>
/// Checks the numbers of a condition that has been type-checked: every constant is a sane number, a division never
/// divides by a constant 0 (error) and is warned when its divisor may be 0 given the declared ranges, and a comparison
/// of an indicator with a constant outside the indicator's declared range (always true or always false) is warned.
/// Ranges come from indicators.yaml and narrow along <c>and</c>/<c>or</c>, so that a guard such as
/// <c>employees &gt; 0 and injuries / employees &gt; 0.1</c> is understood.
/// </summary>
public static class NumberCheck
{
    /// <summary>Error: division by an expression that is always 0.</summary>
    public const string ZeroDivisor = "SV103";

    /// <summary>Warning: division by an expression that may be 0 (its declared range includes 0, or it has none).</summary>
    public const string MaybeZeroDivisor = "SV104";

    /// <summary>Error: a numeric constant beyond ±<see cref="NumericLimits.MaxConstant"/> (or not finite).</summary>
    public const string ConstantTooLarge = "SV105";

    /// <summary>Warning: an indicator compared with a constant outside its declared range.</summary>
    public const string OutsideRange = "SV106";

    public static IReadOnlyList<NumberFinding> Run(Node condition, VariableCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(catalog);
        var walker = new Walker(catalog);
        walker.Visit(condition, new Dictionary<string, NumberSpan>(StringComparer.Ordinal));
        return walker.Findings;
    }

    private sealed class Walker(VariableCatalog catalog)
    {
        public List<NumberFinding> Findings { get; } = [];

        public NumberSpan Visit(Node node, Dictionary<string, NumberSpan> known)
        {
            switch (node)
            {
                case LiteralNode { Value: double value }:
                    if (!NumericLimits.IsSaneConstant(value))
                    {
                        Findings.Add(new(ConstantTooLarge, DiagnosticSeverity.Error,
                            "this number is beyond ±10^15, the largest magnitude a bundle may write", node.Offset));
                    }

                    return NumberSpan.Constant(value);
                case NameNode name:
                    return Span(name.Name, known);
                case UnaryNode { Operator: "-" } minus:
                    return Visit(minus.Operand, known).Negate();
                case UnaryNode unary:
                    Visit(unary.Operand, known);
                    return NumberSpan.Unknown;
                case BinaryNode { Operator: "and" or "or" } logical:
                    Visit(logical.Left, known);
                    // The right operand is evaluated only when the left one is true (and) or false (or).
                    Visit(logical.Right, Narrowed(known, logical.Left, logical.Operator == "and"));
                    return NumberSpan.Unknown;
                case BinaryNode { Operator: "+" or "-" or "*" or "/" } arithmetic:
                    return Arithmetic(arithmetic, known);
                case BinaryNode comparison:
                    Visit(comparison.Left, known);
                    Visit(comparison.Right, known);
                    CheckRange(comparison.Left, comparison.Right);
                    CheckRange(comparison.Right, comparison.Left);
                    return NumberSpan.Unknown;
                case InNode test:
                    Visit(test.Operand, known);
                    foreach (var value in test.Values)
                    {
                        Visit(value, known);
                        CheckRange(test.Operand, value);
                    }

                    return NumberSpan.Unknown;
                case CallNode call:
                    return Call(call, known);
                default:
                    return NumberSpan.Unknown;
            }
        }

        private NumberSpan Arithmetic(BinaryNode node, Dictionary<string, NumberSpan> known)
        {
            var left = Visit(node.Left, known);
            var right = Visit(node.Right, known);
            switch (node.Operator)
            {
                case "+":
                    return left.Add(right);
                case "-":
                    return left.Add(right.Negate());
                case "*":
                    return left.Multiply(right);
            }

            if (right.IsZero)
            {
                Findings.Add(new(ZeroDivisor, DiagnosticSeverity.Error,
                    $"division by zero: {Describe(node.Right)} is always 0, so every evaluation of the condition would fail", node.Offset));
            }
            else if (!right.ExcludesZero)
            {
                Findings.Add(new(MaybeZeroDivisor, DiagnosticSeverity.Warning,
                    $"{Describe(node.Right)} may be 0 ({Why(node.Right, right)}), and dividing by 0 fails the evaluation of that enterprise; "
                    + "guard the division, e.g. 'x > 0 and y / x > …'", node.Offset));
            }

            return left.Divide(right);
        }

        private NumberSpan Call(CallNode call, Dictionary<string, NumberSpan> known)
        {
            var args = call.Arguments.Select(a => Visit(a, known)).ToArray();
            return call.Function switch
            {
                "min" => new(Math.Min(args[0].Low, args[1].Low), Math.Min(args[0].High, args[1].High), args[0].ExcludesZero && args[1].ExcludesZero),
                "max" => new(Math.Max(args[0].Low, args[1].Low), Math.Max(args[0].High, args[1].High), args[0].ExcludesZero && args[1].ExcludesZero),
                "abs" when args[0].Low >= 0 => args[0],
                "abs" when args[0].High <= 0 => args[0].Negate(),
                "abs" => new(0, Math.Max(-args[0].Low, args[0].High), args[0].NonZero),
                _ => NumberSpan.Unknown,
            };
        }

        private NumberSpan Span(string name, Dictionary<string, NumberSpan> known)
            => known.TryGetValue(name, out var span) ? span
                : catalog.Find(name) is { Type: VariableType.Number } variable
                    ? new(variable.Min ?? double.NegativeInfinity, variable.Max ?? double.PositiveInfinity, false)
                    : NumberSpan.Unknown;

        // What is known of the names of `condition` while it is `truth`: comparisons of a name with a constant, through
        // 'and' (both hold when true), 'or' (neither holds when false) and 'not'.
        private Dictionary<string, NumberSpan> Narrowed(Dictionary<string, NumberSpan> known, Node condition, bool truth)
        {
            var result = new Dictionary<string, NumberSpan>(known, StringComparer.Ordinal);
            Narrow(result, condition, truth);
            return result;
        }

        private void Narrow(Dictionary<string, NumberSpan> known, Node condition, bool truth)
        {
            switch (condition)
            {
                case UnaryNode { Operator: "not" } negation:
                    Narrow(known, negation.Operand, !truth);
                    break;
                case BinaryNode { Operator: "and" } both when truth:
                    Narrow(known, both.Left, true);
                    Narrow(known, both.Right, true);
                    break;
                case BinaryNode { Operator: "or" } either when !truth:
                    Narrow(known, either.Left, false);
                    Narrow(known, either.Right, false);
                    break;
                case BinaryNode { Left: NameNode name, Right: LiteralNode { Value: double constant } } b:
                    known[name.Name] = Span(name.Name, known).Narrow(truth ? b.Operator : Negated(b.Operator), constant);
                    break;
                case BinaryNode { Left: LiteralNode { Value: double constant }, Right: NameNode name } b:
                    known[name.Name] = Span(name.Name, known).Narrow(truth ? Mirrored(b.Operator) : Negated(Mirrored(b.Operator)), constant);
                    break;
                default:
                    break;
            }
        }

        private void CheckRange(Node maybeName, Node maybeConstant)
        {
            if (maybeName is NameNode name && maybeConstant is LiteralNode { Value: double constant }
                && catalog.Find(name.Name) is { Type: VariableType.Number } variable
                && (constant < variable.Min || constant > variable.Max))
            {
                Findings.Add(new(OutsideRange, DiagnosticSeverity.Warning,
                    string.Create(CultureInfo.InvariantCulture,
                        $"{constant} is outside the declared range of '{name.Name}' {Range(variable)}, so this test has the same result for every enterprise"),
                    maybeConstant.Offset));
            }
        }

        private static string Describe(Node node) => node switch
        {
            NameNode name => $"'{name.Name}'",
            LiteralNode => "the divisor",
            _ => "the divisor",
        };

        private string Why(Node node, NumberSpan span)
        {
            if (node is NameNode name && catalog.Find(name.Name) is { } variable)
            {
                return variable.Min is null && variable.Max is null
                    ? "indicators.yaml declares no range for it"
                    : "its declared range " + Range(variable) + " includes 0";
            }

            return double.IsInfinity(span.Low) && double.IsInfinity(span.High)
                ? "nothing bounds it away from 0"
                : string.Create(CultureInfo.InvariantCulture, $"it ranges from {span.Low} to {span.High}");
        }

        private static string Range(Variable variable)
            => string.Create(CultureInfo.InvariantCulture,
                $"[{variable.Min?.ToString(CultureInfo.InvariantCulture) ?? "-∞"}..{variable.Max?.ToString(CultureInfo.InvariantCulture) ?? "+∞"}]");

        private static string Negated(string op) => op switch
        {
            ">" => "<=",
            ">=" => "<",
            "<" => ">=",
            "<=" => ">",
            "==" => "!=",
            "!=" => "==",
            _ => op,
        };

        private static string Mirrored(string op) => op switch
        {
            ">" => "<",
            ">=" => "<=",
            "<" => ">",
            "<=" => ">=",
            _ => op,
        };
    }
}
