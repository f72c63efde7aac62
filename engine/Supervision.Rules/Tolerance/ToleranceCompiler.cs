using System.Linq.Expressions;
using NRules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using Supervision.Rules.Compilation;

namespace Supervision.Rules.Tolerance;

/// <summary>
/// Generates the NRules rules of a tolerance list (RuleBuilder, as the scoring compiler does): per row, one rule
/// that inserts a <see cref="ToleranceProposal"/> when its scope and conditions hold, and one rule per exclusion that
/// inserts a <see cref="ToleranceBar"/> when its scope and that exclusion hold. Rules never change findings.
/// </summary>
internal static class ToleranceCompiler
{
    public static CompiledToleranceList Compile(ToleranceList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var checks = list.Items.Select(item => ToleranceChecks.For(item, list)).ToList();
        var definitions = new List<IRuleDefinition>();
        foreach (var row in checks)
        {
            definitions.Add(Define(row.Item.ItemNo, row.Item, row.Scope.Concat(row.Conditions),
                (ctx, f) => ctx.Insert(new ToleranceProposal(f.FindingId, row.Item.ItemNo))));
            foreach (var exclusion in row.Exclusions)
            {
                var reason = exclusion.Words;
                definitions.Add(Define($"{row.Item.ItemNo}!{exclusion.Words}", row.Item, row.Scope.Append(exclusion),
                    (ctx, f) => ctx.Insert(new ToleranceBar(f.FindingId, row.Item.ItemNo, reason))));
            }
        }

        var compiler = new RuleCompiler { ExpressionCompiler = new FastCompiler() };
        return new CompiledToleranceList(list, checks, compiler.Compile(definitions));
    }

    private static IRuleDefinition Define(string name, ToleranceItem item, IEnumerable<ToleranceCheck> checks, Expression<Action<IContext, FindingFact>> action)
    {
        var builder = new RuleBuilder();
        builder.Name(name);
        builder.Description(item.Violation);
        builder.Property("source", item.Location.ToString());
        builder.Property("basis", item.ExemptionBasis);
        var pattern = builder.LeftHandSide().Pattern(typeof(FindingFact), "f");
        foreach (var check in checks)
        {
            pattern.Condition(check.Condition);
        }

        builder.RightHandSide().Action(action);
        return builder.Build();
    }
}
