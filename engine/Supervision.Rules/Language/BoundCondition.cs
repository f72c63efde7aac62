using System.Linq.Expressions;
using Supervision.Rules.Scoring;

namespace Supervision.Rules.Language;

/// <summary>A type-checked condition: the expression tree over <see cref="DecisionFact"/> and the names it reads.</summary>
public sealed record BoundCondition(Expression<Func<DecisionFact, bool>> Lambda, IReadOnlyList<string> Reads);
