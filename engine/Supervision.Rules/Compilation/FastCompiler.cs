using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace Supervision.Rules.Compilation;

/// <summary>FastExpressionCompiler behind NRules' compiler hook; falls back to the BCL compiler on unsupported trees.</summary>
internal sealed class FastCompiler : IExpressionCompiler
{
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate
        => expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();
}
