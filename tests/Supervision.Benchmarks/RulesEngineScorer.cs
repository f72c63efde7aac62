using RulesEngine.Models;
using Supervision.Rules.Compilation;
using Supervision.Rules.Language;
using Supervision.Rules.Scoring;

namespace Supervision.Benchmarks;

/// <summary>
/// The same bundle on Microsoft RulesEngine 6.0.1: one workflow per phase holding that phase's conditions, and the same
/// resolver between phases, so the outcomes must equal ours.
/// </summary>
internal sealed class RulesEngineScorer
{
    private readonly CompiledBundle _bundle;
    private readonly Resolver _resolver;
    private readonly RulesEngine.RulesEngine _engine;
    private readonly Dictionary<string, int> _index;

    public RulesEngineScorer(CompiledBundle bundle)
    {
        _bundle = bundle;
        _resolver = new Resolver(bundle);
        _index = bundle.Elements.ToDictionary(e => e.Id, e => e.Index, StringComparer.Ordinal);
        var workflows = Enumerable.Range(Phase.Evaluation, Phase.Count - Phase.Evaluation).Select(phase => new Workflow
        {
            WorkflowName = Name(phase),
            Rules = [.. bundle.ByPhase[phase].Select(e => new Rule
            {
                RuleName = e.Id,
                RuleExpressionType = RuleExpressionType.LambdaExpression,
                Expression = RulesEngineTranslator.Translate(e, bundle.Catalog),
            })],
        }).ToArray();
        _engine = new RulesEngine.RulesEngine(workflows, new ReSettings
        {
            CustomTypes = [typeof(RulesEngineFunctions)],
            UseFastExpressionCompiler = true,
        });
    }

    public Outcome Score(EnterpriseInput input, DateOnly asOf)
    {
        var state = new CaseState((double[])input.Numbers.Clone(), (string?[])input.Texts.Clone(), asOf);
        var fact = new RulesEngineFact { N = state.Numbers, T = state.Texts, AsOfDay = asOf.DayNumber };
        var parameter = new RuleParameter("e", fact);
        for (var phase = Phase.Evaluation; phase < Phase.Count && state.Error is null; phase++)
        {
            var results = _engine.ExecuteAllRulesAsync(Name(phase), [parameter]).AsTask().GetAwaiter().GetResult();
            var failed = results.FirstOrDefault(r => !string.IsNullOrEmpty(r.ExceptionMessage));
            if (failed is not null)
            {
                throw new InvalidOperationException($"RulesEngine failed on {failed.Rule.RuleName}: {failed.ExceptionMessage}");
            }

            _resolver.Apply(state, phase, [.. results.Where(r => r.IsSuccess).Select(r => _index[r.Rule.RuleName]).Order()]);
        }

        return _resolver.ToOutcome(state);
    }

    private static string Name(int phase) => "phase" + phase.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
