using Supervision.Rules.Compilation;

namespace Supervision.Data.WhatIf;

/// <summary>What a candidate bundle changes, compared with the base bundle, on one population and as-of date.</summary>
/// <param name="Base">The bundle in force.</param>
/// <param name="Candidate">The bundle proposed.</param>
/// <param name="AsOf">The as-of date both scored.</param>
/// <param name="Transitions">Category transition matrix; its total is the population.</param>
/// <param name="Categories">Per category, in the order of <see cref="TransitionMatrix.Categories"/>.</param>
/// <param name="BaseErrors">Enterprises whose evaluation failed under the base.</param>
/// <param name="CandidateErrors">Enterprises whose evaluation failed under the candidate.</param>
/// <param name="Elements">Rules and table rows that fired for a different number of enterprises, in bundle order.</param>
/// <param name="Changed">Every enterprise whose outcome changed, in registry order.</param>
/// <param name="Explanations">Both explanations of the first <see cref="ExplanationLimit"/> changed enterprises.</param>
/// <param name="ExplanationLimit">How many changed enterprises were explained at most.</param>
public sealed record RulesDiffReport(
    CompiledBundle Base,
    CompiledBundle Candidate,
    DateOnly AsOf,
    TransitionMatrix Transitions,
    IReadOnlyList<CategoryRow> Categories,
    int BaseErrors,
    int CandidateErrors,
    IReadOnlyList<ElementCount> Elements,
    IReadOnlyList<ChangedEnterprise> Changed,
    IReadOnlyList<SideBySide> Explanations,
    int ExplanationLimit)
{
    /// <summary>Every inspection is carried out by at least two law-enforcement officers (《行政处罚法》第四十二条).</summary>
    public const int InspectorsPerInspection = 2;

    public int Total => Transitions.Total;

    public double BaseExpected => Categories.Sum(c => c.BaseExpected);

    public double CandidateExpected => Categories.Sum(c => c.CandidateExpected);

    public int BasePlanned => Categories.Sum(c => c.BasePlanned);

    public int CandidatePlanned => Categories.Sum(c => c.CandidatePlanned);
}
