using System.Linq.Expressions;

namespace Supervision.Rules.Compilation;

/// <summary>Rebinds a lambda body to another parameter so that table cells can be joined into one row condition.</summary>
internal sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
}
