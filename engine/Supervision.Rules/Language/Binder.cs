using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Supervision.Model.Indicators;
using Supervision.Rules.Scoring;

namespace Supervision.Rules.Language;

/// <summary>
/// Type-checks a parsed condition against the variables readable in its phase and builds the expression tree.
/// The tree only ever contains calls to <see cref="Functions"/> and <see cref="Math"/>; <see cref="ExpressionValidator"/>
/// checks that independently.
/// </summary>
public sealed class Binder
{
    private readonly VariableCatalog _catalog;
    private readonly int _phase;
    private readonly ParameterExpression _fact = Expression.Parameter(typeof(DecisionFact), "f");
    private readonly SortedSet<string> _reads = new(StringComparer.Ordinal);

    private Binder(VariableCatalog catalog, int phase)
    {
        _catalog = catalog;
        _phase = phase;
    }

    public static BoundCondition Bind(string text, VariableCatalog catalog, int phase)
    {
        var binder = new Binder(catalog, phase);
        var node = Parser.Parse(text);
        var (body, type) = binder.Visit(node);
        if (type != VariableType.Boolean)
        {
            throw new RuleLanguageException($"a condition must be true or false, but this is a {Name(type)}", node.Offset);
        }

        return new BoundCondition(Expression.Lambda<Func<DecisionFact, bool>>(body, binder._fact), [.. binder._reads]);
    }

    /// <summary>
    /// Builds a number or date expression (a date as its day number) with the same checks as <see cref="Bind"/>.
    /// Explanations use it to show the value of a part of a condition, such as <c>months_since(registration_date)</c>.
    /// </summary>
    public static (Expression<Func<DecisionFact, double>> Lambda, VariableType Type) BindValue(string text, VariableCatalog catalog, int phase)
    {
        var binder = new Binder(catalog, phase);
        var node = Parser.Parse(text);
        var (body, type) = binder.Visit(node);
        if (type is not (VariableType.Number or VariableType.Date))
        {
            throw new RuleLanguageException($"a value must be a number or a date, but this is a {Name(type)}", node.Offset);
        }

        return (Expression.Lambda<Func<DecisionFact, double>>(body, binder._fact), type);
    }

    /// <summary>Builds a condition for a table cell (already parsed by <c>CellParser</c>) reading one variable.</summary>
    public static Expression<Func<DecisionFact, bool>> BindCell(Bundle.CellTest test, Variable variable)
    {
        var binder = new Binder(null!, Phase.Count);
        var value = binder.Read(variable);
        Expression body = test switch
        {
            Bundle.IntervalCell i => Expression.AndAlso(
                i.LowInclusive ? Expression.GreaterThanOrEqual(value, Num(i.Low)) : Expression.GreaterThan(value, Num(i.Low)),
                i.HighInclusive ? Expression.LessThanOrEqual(value, Num(i.High)) : Expression.LessThan(value, Num(i.High))),
            Bundle.ValueSetCell set when variable.Type == VariableType.Boolean => Negate(
                set.Values.Select(v => (Expression)Expression.Equal(value, Expression.Constant(v == "true"))).Aggregate(Expression.OrElse), set.Negated),
            Bundle.ValueSetCell set => Negate(
                set.Values.Select(v => TextEquals(value, Expression.Constant(v))).Aggregate(Expression.OrElse), set.Negated),
            _ => Expression.Constant(true),
        };
        return Expression.Lambda<Func<DecisionFact, bool>>(body, binder._fact);
    }

    private (Expression Expression, VariableType Type) Visit(Node node) => node switch
    {
        LiteralNode { Value: double d } => (Num(d), VariableType.Number),
        LiteralNode { Value: bool b } => (Expression.Constant(b), VariableType.Boolean),
        LiteralNode { Value: string s } => (Expression.Constant(s), VariableType.Text),
        NameNode name => VisitName(name),
        CallNode call => VisitCall(call),
        UnaryNode { Operator: "not" } u => (Expression.Not(Expect(u.Operand, VariableType.Boolean, "'not'")), VariableType.Boolean),
        UnaryNode u => (Expression.Negate(Expect(u.Operand, VariableType.Number, "'-'")), VariableType.Number),
        BinaryNode { Operator: "and" or "or" } b => VisitLogical(b),
        BinaryNode { Operator: "+" or "-" or "*" or "/" } b => VisitArithmetic(b),
        BinaryNode b => VisitComparison(b),
        InNode i => VisitIn(i),
        _ => throw new RuleLanguageException("unsupported construct", node.Offset),
    };

    private (Expression, VariableType) VisitName(NameNode node)
    {
        var variable = Lookup(node.Name, node.Offset);
        return (Read(variable), variable.Type);
    }

    private Variable Lookup(string name, int offset)
    {
        var variable = _catalog.Find(name)
            ?? throw new RuleLanguageException($"unknown name '{name}'{Suggest(name)}", offset);
        if (variable.AvailableFrom > _phase)
        {
            throw new RuleLanguageException(
                $"'{name}' is computed after {Phase.Name(_phase)} (by {Phase.Name(variable.AvailableFrom - 1)}) and cannot be used here", offset);
        }

        _reads.Add(name);
        return variable;
    }

    private Expression Read(Variable variable)
    {
        var slot = Expression.Constant(variable.Slot);
        var name = Expression.Constant(variable.Name);
        return variable.Type switch
        {
            VariableType.Boolean => Expression.Call(Method(nameof(Functions.Flag)), _fact, slot, name),
            VariableType.Text => Expression.Call(Method(nameof(Functions.Text)), _fact, slot, name),
            _ => Expression.Call(Method(nameof(Functions.Number)), _fact, slot, name),
        };
    }

    private (Expression, VariableType) VisitCall(CallNode call)
    {
        if (!Functions.Catalog.TryGetValue(call.Function, out var spec))
        {
            throw new RuleLanguageException(
                $"unknown function '{call.Function}'; the rule language has {string.Join(", ", Functions.Catalog.Keys)}", call.Offset);
        }

        if (call.Arguments.Count != spec.Arity)
        {
            throw new RuleLanguageException($"{spec.Description} — takes {spec.Arity} argument(s), given {call.Arguments.Count}", call.Offset);
        }

        var args = call.Arguments;
        switch (call.Function)
        {
            case "months_since" or "days_since" or "years_since":
                var method = call.Function switch
                {
                    "months_since" => nameof(Functions.MonthsSince),
                    "days_since" => nameof(Functions.DaysSince),
                    _ => nameof(Functions.YearsSince),
                };
                return (Expression.Call(Method(method), _fact, Expect(args[0], VariableType.Date, call.Function)), VariableType.Number);
            case "is_missing":
                if (args[0] is not NameNode name)
                {
                    throw new RuleLanguageException("is_missing takes an indicator name", args[0].Offset);
                }

                var variable = Lookup(name.Name, name.Offset);
                return (Expression.Call(Method(variable.IsNumericSlot ? nameof(Functions.IsMissingNumber) : nameof(Functions.IsMissingText)),
                    _fact, Expression.Constant(variable.Slot)), VariableType.Boolean);
            case "min" or "max":
                return (Expression.Call(typeof(Math).GetMethod(call.Function == "min" ? nameof(Math.Min) : nameof(Math.Max), [typeof(double), typeof(double)])!,
                    Expect(args[0], VariableType.Number, call.Function), Expect(args[1], VariableType.Number, call.Function)), VariableType.Number);
            case "abs":
                return (Expression.Call(typeof(Math).GetMethod(nameof(Math.Abs), [typeof(double)])!, Expect(args[0], VariableType.Number, "abs")), VariableType.Number);
            case "starts_with":
                if (args[1] is not LiteralNode { Value: string })
                {
                    throw new RuleLanguageException("the prefix of starts_with must be a text value in quotes", args[1].Offset);
                }

                return (Expression.Call(Method(nameof(Functions.StartsWith)), Expect(args[0], VariableType.Text, "starts_with"), Visit(args[1]).Expression),
                    VariableType.Boolean);
            default:
                if (args[0] is not LiteralNode { Value: string text }
                    || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    throw new RuleLanguageException("date(...) takes a date in quotes: date(\"2024-01-01\")", args[0].Offset);
                }

                return (Num(date.DayNumber), VariableType.Date);
        }
    }

    private (Expression, VariableType) VisitLogical(BinaryNode node)
    {
        var left = Expect(node.Left, VariableType.Boolean, $"'{node.Operator}'");
        var right = Expect(node.Right, VariableType.Boolean, $"'{node.Operator}'");
        return (node.Operator == "and" ? Expression.AndAlso(left, right) : Expression.OrElse(left, right), VariableType.Boolean);
    }

    private (Expression, VariableType) VisitArithmetic(BinaryNode node)
    {
        var left = Expect(node.Left, VariableType.Number, $"'{node.Operator}'");
        var right = Expect(node.Right, VariableType.Number, $"'{node.Operator}'");
        return (node.Operator switch
        {
            "+" => Expression.Add(left, right),
            "-" => Expression.Subtract(left, right),
            "*" => Expression.Multiply(left, right),
            _ => Expression.Call(Method(nameof(Functions.Divide)), left, right),
        }, VariableType.Number);
    }

    private (Expression, VariableType) VisitComparison(BinaryNode node)
    {
        var (left, leftType) = Visit(node.Left);
        var (right, rightType) = Visit(node.Right);
        if (leftType != rightType)
        {
            throw new RuleLanguageException($"cannot compare a {Name(leftType)} with a {Name(rightType)}", node.Offset);
        }

        CheckEnumLiteral(node.Left, node.Right);
        CheckEnumLiteral(node.Right, node.Left);
        var ordered = node.Operator is "<" or "<=" or ">" or ">=";
        if (ordered && leftType is VariableType.Text or VariableType.Boolean)
        {
            throw new RuleLanguageException($"'{node.Operator}' compares numbers and dates; {Name(leftType)} values can only be tested with == and !=", node.Offset);
        }

        Expression result = node.Operator switch
        {
            "==" or "!=" when leftType == VariableType.Text => TextEquals(left, right),
            "==" or "!=" => Expression.Equal(left, right),
            "<" => Expression.LessThan(left, right),
            "<=" => Expression.LessThanOrEqual(left, right),
            ">" => Expression.GreaterThan(left, right),
            _ => Expression.GreaterThanOrEqual(left, right),
        };
        return (node.Operator == "!=" ? Expression.Not(result) : result, VariableType.Boolean);
    }

    private (Expression, VariableType) VisitIn(InNode node)
    {
        var (operand, type) = Visit(node.Operand);
        Expression? any = null;
        foreach (var value in node.Values)
        {
            var (constant, valueType) = Visit(value);
            if (valueType != type)
            {
                throw new RuleLanguageException($"the list holds a {Name(valueType)} but the value tested is a {Name(type)}", value.Offset);
            }

            CheckEnumLiteral(node.Operand, value);
            var test = type == VariableType.Text ? TextEquals(operand, constant) : Expression.Equal(operand, constant);
            any = any is null ? test : Expression.OrElse(any, test);
        }

        return (Negate(any!, node.Negated), VariableType.Boolean);
    }

    private void CheckEnumLiteral(Node maybeName, Node maybeLiteral)
    {
        if (maybeName is NameNode name && maybeLiteral is LiteralNode { Value: string text }
            && _catalog.Find(name.Name) is { Declared: IndicatorType.Enum } variable && !variable.Values.Contains(text))
        {
            throw new RuleLanguageException(
                $"\"{text}\" is not a value of {variable.Name}; its values are {string.Join(", ", variable.Values)}", maybeLiteral.Offset);
        }
    }

    private Expression Expect(Node node, VariableType expected, string context)
    {
        var (expression, type) = Visit(node);
        return type == expected
            ? expression
            : throw new RuleLanguageException($"{context} needs a {Name(expected)} here, but this is a {Name(type)}", node.Offset);
    }

    private string Suggest(string name)
        => NameSuggestion.For(name, _catalog.All.Select(v => v.Name)) is { Length: > 0 } suggestion ? suggestion : "; declare it in indicators.yaml";

    private static Expression Negate(Expression expression, bool negate) => negate ? Expression.Not(expression) : expression;

    private static Expression TextEquals(Expression left, Expression right)
        => Expression.Call(Method(nameof(Functions.TextEquals)), left, right);

    private static ConstantExpression Num(double value) => Expression.Constant(value);

    private static MethodInfo Method(string name) => typeof(Functions).GetMethod(name)!;

    private static string Name(VariableType type) => type switch
    {
        VariableType.Number => "number",
        VariableType.Boolean => "true/false value",
        VariableType.Date => "date",
        _ => "text",
    };
}
