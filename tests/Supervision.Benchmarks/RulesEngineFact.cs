namespace Supervision.Benchmarks;

/// <summary>The input Microsoft RulesEngine sees: the same slots as our <c>DecisionFact</c>.</summary>
/// <remarks>Public because System.Linq.Dynamic.Core binds member access on it at run time.</remarks>
public sealed class RulesEngineFact
{
    public required double[] N { get; init; }

    public required string?[] T { get; init; }

    public required int AsOfDay { get; init; }
}
