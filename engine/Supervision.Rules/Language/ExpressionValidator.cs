using System.Linq.Expressions;
using System.Reflection;
using Supervision.Rules.Scoring;

namespace Supervision.Rules.Language;

/// <summary>
/// The security boundary between regulator-written text and executable code. Whatever produced an expression tree,
/// it may reach NRules only if every node is on this whitelist: constants of plain types, the fact parameter, logic,
/// comparison and arithmetic operators, and calls to the pure methods of <see cref="Functions"/> and three of
/// <see cref="Math"/>. No member access, no object creation, no reflection, no I/O, no ambient time; bounded size and depth.
/// </summary>
public sealed class ExpressionValidator : ExpressionVisitor
{
    public const int MaxNodes = 400;
    public const int MaxDepth = 64;

    private static readonly HashSet<MethodInfo> AllowedMethods =
    [
        .. typeof(Functions).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.DeclaringType == typeof(Functions)),
        typeof(Math).GetMethod(nameof(Math.Min), [typeof(double), typeof(double)])!,
        typeof(Math).GetMethod(nameof(Math.Max), [typeof(double), typeof(double)])!,
        typeof(Math).GetMethod(nameof(Math.Abs), [typeof(double)])!,
    ];

    private static readonly HashSet<Type> AllowedConstantTypes = [typeof(double), typeof(int), typeof(bool), typeof(string)];

    private static readonly HashSet<ExpressionType> AllowedOperators =
    [
        ExpressionType.AndAlso, ExpressionType.OrElse, ExpressionType.Not,
        ExpressionType.Equal, ExpressionType.NotEqual,
        ExpressionType.LessThan, ExpressionType.LessThanOrEqual, ExpressionType.GreaterThan, ExpressionType.GreaterThanOrEqual,
        ExpressionType.Add, ExpressionType.Subtract, ExpressionType.Multiply, ExpressionType.Negate,
    ];

    private readonly List<string> _violations = [];
    private ParameterExpression? _fact;
    private int _nodes;
    private int _depth;

    private ExpressionValidator()
    {
    }

    /// <summary>Returns every reason the expression is not allowed; empty when it is.</summary>
    public static IReadOnlyList<string> Validate(LambdaExpression lambda)
    {
        ArgumentNullException.ThrowIfNull(lambda);
        var validator = new ExpressionValidator();
        if (lambda.Parameters.Count != 1 || lambda.Parameters[0].Type != typeof(DecisionFact))
        {
            return ["a condition takes exactly one parameter, the enterprise fact"];
        }

        if (lambda.ReturnType != typeof(bool) && lambda.ReturnType != typeof(double))
        {
            validator._violations.Add($"a condition returns bool or number, not {lambda.ReturnType.Name}");
        }

        validator._fact = lambda.Parameters[0];
        validator.Visit(lambda.Body);
        return validator._violations;
    }

    public override Expression? Visit(Expression? node)
    {
        if (node is null)
        {
            return null;
        }

        if (++_nodes > MaxNodes)
        {
            if (_nodes == MaxNodes + 1)
            {
                _violations.Add($"the condition has more than {MaxNodes} parts; split it into simpler rules");
            }

            return node;
        }

        if (++_depth > MaxDepth)
        {
            _violations.Add($"the condition is nested more than {MaxDepth} levels deep");
            _depth--;
            return node;
        }

        var result = node.NodeType switch
        {
            ExpressionType.Constant or ExpressionType.Parameter or ExpressionType.Call => base.Visit(node),
            _ when AllowedOperators.Contains(node.NodeType) => CheckOperator(node),
            _ => Reject(node, $"'{node.NodeType}' expressions are not allowed in rules"),
        };
        _depth--;
        return result;
    }

    private Expression CheckOperator(Expression node)
    {
        var method = node switch
        {
            BinaryExpression b => b.Method,
            UnaryExpression u => u.Method,
            _ => null,
        };
        if (method is not null)
        {
            Reject(node, $"operator method {method.DeclaringType?.Name}.{method.Name} is not allowed");
        }

        if (node.Type != typeof(bool) && node.Type != typeof(double))
        {
            Reject(node, $"operators work on numbers and true/false values, not {node.Type.Name}");
        }

        // Keep walking so that every violation inside is reported, not only the first.
        return base.Visit(node)!;
    }

    protected override Expression VisitConstant(ConstantExpression node)
        => AllowedConstantTypes.Contains(node.Type) ? node : Reject(node, $"constants of type {node.Type.Name} are not allowed");

    protected override Expression VisitParameter(ParameterExpression node)
        => node == _fact ? node : Reject(node, $"unknown parameter '{node.Name}'");

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (!AllowedMethods.Contains(node.Method))
        {
            return Reject(node, $"calling {node.Method.DeclaringType?.FullName}.{node.Method.Name} is not allowed");
        }

        return base.VisitMethodCall(node);
    }

    private Expression Reject(Expression node, string reason)
    {
        _violations.Add(reason);
        return node;
    }
}
