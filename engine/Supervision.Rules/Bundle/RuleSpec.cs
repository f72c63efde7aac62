using Supervision.Rules.Diagnostics;

namespace Supervision.Rules.Bundle;

/// <summary>A rule as written by a regulator: a condition and a data-only effect.</summary>
/// <param name="Id">Stable id, unique in the bundle.</param>
/// <param name="Title">Plain-language statement of the rule.</param>
/// <param name="Kind">Evaluation the rule belongs to.</param>
/// <param name="When">Condition text in the rule language.</param>
/// <param name="WhenLocation">Position of the first character of the condition text.</param>
/// <param name="Points">Points added to the evaluation's score (negative = deduction).</param>
/// <param name="Grade">Direct safety level or credit class this rule imposes (overrides the score).</param>
/// <param name="Regime">Regime this rule selects (regime rules only).</param>
/// <param name="Category">Category the regime imposes, if any.</param>
/// <param name="Ratio">Inspection ratio the regime imposes, if any.</param>
/// <param name="Basis">Legal basis: 文号 and article.</param>
/// <param name="Location">Where the rule starts.</param>
/// <param name="Validity">When the rule is in force (valid_from / valid_to).</param>
/// <param name="Exempt">Regime rules: true when the regime exempts its enterprises from routine draws (with ratio 0), false
/// when it says they are not, null to keep the ratio table's exemption.</param>
/// <param name="ListEffect">List rules: the list, what happens to the listing and on which date.</param>
/// <param name="AlertEffect">Alert rules: the kind of alert and its level.</param>
public sealed record RuleSpec(
    string Id,
    string Title,
    EvaluationKind Kind,
    string When,
    SourceLocation WhenLocation,
    double? Points,
    string? Grade,
    string? Regime,
    string? Category,
    double? Ratio,
    string Basis,
    SourceLocation Location,
    Validity Validity,
    bool? Exempt = null,
    Lists.ListEffect? ListEffect = null,
    Alerts.AlertEffect? AlertEffect = null);
