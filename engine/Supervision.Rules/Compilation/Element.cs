using Supervision.Rules.Bundle;
using Supervision.Rules.Diagnostics;
using Supervision.Rules.Scoring;

namespace Supervision.Rules.Compilation;

/// <summary>
/// One compiled unit of the bundle — a rule or a table row — with everything an explanation needs.
/// Each element becomes exactly one NRules rule named by its id.
/// </summary>
/// <param name="Index">Position in <see cref="CompiledBundle.Elements"/>; what hits refer to.</param>
/// <param name="Id">Stable id from the bundle.</param>
/// <param name="Kind">Rule or table row.</param>
/// <param name="Phase">Phase in which it is evaluated.</param>
/// <param name="Rule">The rule, for rules.</param>
/// <param name="Table">The table, for table rows.</param>
/// <param name="Row">The row, for table rows.</param>
/// <param name="Condition">Validated condition over the phase's fact.</param>
/// <param name="Reads">Names the condition reads (for explanations with actual values).</param>
/// <param name="Evaluate">The condition compiled to a delegate.</param>
public sealed record Element(
    int Index,
    string Id,
    ElementKind Kind,
    int Phase,
    RuleSpec? Rule,
    TableSpec? Table,
    TableRow? Row,
    System.Linq.Expressions.Expression<Func<DecisionFact, bool>> Condition,
    IReadOnlyList<string> Reads,
    Func<DecisionFact, bool> Evaluate)
{
    public string Title => Rule?.Title ?? Table!.Title;

    public string Basis => Rule?.Basis ?? Row!.Basis;

    public SourceLocation Location => Rule?.WhenLocation ?? Row!.Location;

    public Validity Validity => Rule?.Validity ?? Row!.Validity;
}
