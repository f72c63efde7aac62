using System.Linq.Expressions;
using FastExpressionCompiler;
using Supervision.Rules.Bundle;
using Supervision.Rules.Language;
using Supervision.Rules.Scoring;

namespace Supervision.Rules.Explanation;

/// <summary>
/// Evaluates a part of a condition exactly as the engine evaluates a whole one: bound by <see cref="Binder"/> over the
/// bundle's catalog and the element's phase, checked by <see cref="ExpressionValidator"/>, compiled and run on the fact.
/// </summary>
internal static class SubExpression
{
    /// <summary>A true/false part: (result, null), or (null, why it could not be evaluated).</summary>
    public static (bool? Held, string? Error) Condition(string text, VariableCatalog catalog, int phase, DecisionFact fact)
        => Run(Compile(Binder.Bind(text, catalog, phase).Lambda), fact);

    /// <summary>A table cell on its column's variable.</summary>
    public static (bool? Held, string? Error) Cell(CellTest test, Variable variable, DecisionFact fact)
        => Run(Compile(Binder.BindCell(test, variable)), fact);

    /// <summary>A number or date part, formatted; null when it cannot be computed (a missing value is shown on its name).</summary>
    public static string? Value(string text, VariableCatalog catalog, int phase, DecisionFact fact)
    {
        var (lambda, type) = Binder.BindValue(text, catalog, phase);
        var evaluate = Compile(lambda);
        try
        {
            return ValueText.Of(evaluate(fact), type);
        }
        catch (Exception e) when (IsEvaluationError(e))
        {
            return null;
        }
    }

    /// <summary>Runs a compiled element condition the way the engine does, keeping its evaluation error.</summary>
    public static (bool? Held, string? Error) Run(Func<DecisionFact, bool> evaluate, DecisionFact fact)
    {
        try
        {
            return (evaluate(fact), null);
        }
        catch (Exception e) when (IsEvaluationError(e))
        {
            return (null, e is MissingValueException missing ? $"{missing.Name} = {ValueText.Missing}" : e.Message);
        }
    }

    private static bool IsEvaluationError(Exception e) => e is MissingValueException or DivideByZeroException or ArgumentException;

    private static TDelegate Compile<TDelegate>(Expression<TDelegate> lambda)
        where TDelegate : Delegate
    {
        var violations = ExpressionValidator.Validate(lambda);
        if (violations.Count > 0)
        {
            // The whole condition passed the validator, so a part of it must too: anything else is a defect.
            throw new InvalidOperationException($"a part of a validated condition was rejected: {string.Join("; ", violations)}");
        }

        return lambda.CompileFast(ifFastFailedReturnNull: true) ?? lambda.Compile();
    }
}
