using Supervision.Rules.Compilation;

namespace Supervision.Rules.Testing;

/// <summary>Which rules and table rows the rule tests exercised (fired in at least one case), and which they did not.</summary>
/// <param name="Rules">Rules in the bundle.</param>
/// <param name="RulesCovered">Rules that fired in at least one case.</param>
/// <param name="Rows">Table rows in the bundle.</param>
/// <param name="RowsCovered">Table rows that matched in at least one case.</param>
/// <param name="Uncovered">Rules and rows no case exercised, in bundle order.</param>
public sealed record RuleCoverage(int Rules, int RulesCovered, int Rows, int RowsCovered, IReadOnlyList<Element> Uncovered)
{
    public bool IsFull => Uncovered.Count == 0;

    internal static RuleCoverage Of(CompiledBundle bundle, IReadOnlySet<int> exercised)
    {
        var rules = bundle.Elements.Where(e => e.Kind == ElementKind.Rule).ToList();
        var rows = bundle.Elements.Where(e => e.Kind == ElementKind.TableRow).ToList();
        return new RuleCoverage(
            rules.Count,
            rules.Count(e => exercised.Contains(e.Index)),
            rows.Count,
            rows.Count(e => exercised.Contains(e.Index)),
            [.. bundle.Elements.Where(e => !exercised.Contains(e.Index))]);
    }
}
