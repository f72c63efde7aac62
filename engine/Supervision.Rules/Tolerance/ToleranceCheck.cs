using System.Linq.Expressions;

namespace Supervision.Rules.Tolerance;

/// <summary>
/// One condition or exclusion of a list row: its words, its expression for NRules, a compiled copy for explanations,
/// and optionally the finding's actual value in words (so a reason says "逾期改正", not only what was required).
/// </summary>
public sealed record ToleranceCheck(
    string Words, Expression<Func<FindingFact, bool>> Condition, Func<FindingFact, string>? Actual = null, bool SayActualWhenMet = false)
{
    private readonly Func<FindingFact, bool> _compiled = Condition.Compile();

    public bool Holds(FindingFact fact) => _compiled(fact);

    /// <summary>A met condition in words: the finding's actual value where that says more (在责令改正期限内改正), else the condition.</summary>
    public string Explain(FindingFact fact) => SayActualWhenMet && Actual is not null ? Actual(fact) : Words;

    /// <summary>An unmet condition in words, with the finding's actual value.</summary>
    public string ExplainUnmet(FindingFact fact) => $"不符合“{Words}”（实际为{Actual?.Invoke(fact) ?? "否"}）";
}
