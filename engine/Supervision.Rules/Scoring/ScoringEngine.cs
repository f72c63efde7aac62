using System.Collections.Concurrent;
using Supervision.Rules.Compilation;
using Supervision.Rules.Language;

namespace Supervision.Rules.Scoring;

/// <summary>
/// Scores a stream of enterprises under one compiled bundle and one as-of date, in input order.
/// </summary>
/// <remarks>
/// In <see cref="EngineMode.Memoized"/> mode each enterprise's conditions are first evaluated with compiled delegates;
/// the resulting pattern of matched elements decides the outcome, so NRules evaluates one representative per distinct
/// pattern, its hits are checked against the delegates' (a mismatch throws <see cref="EngineInconsistencyException"/>),
/// and its outcome is shared. <see cref="EngineMode.Direct"/> sends every enterprise through NRules. Both give identical
/// outcomes. One instance may be used for several runs of the same bundle; it is not meant for concurrent calls.
/// </remarks>
public sealed class ScoringEngine
{
    private readonly CompiledBundle _bundle;
    private readonly Resolver _resolver;
    private readonly ScoringOptions _options;
    private readonly ConcurrentDictionary<HitKey, Outcome> _memo = new();

    public ScoringEngine(CompiledBundle bundle, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        _bundle = bundle;
        _resolver = new Resolver(bundle);
        _options = options ?? new ScoringOptions();
    }

    public EngineStatistics Statistics { get; } = new();

    /// <summary>Number of distinct outcomes cached so far.</summary>
    public int DistinctOutcomes => _memo.Count;

    public IEnumerable<Assessment> Score(IEnumerable<EnterpriseInput> inputs, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var chunk in inputs.Chunk(_options.Chunk))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outcomes = _options.Mode == EngineMode.Memoized ? ScoreMemoized(chunk, asOf) : RunNRules(chunk, asOf);
            Statistics.AddEnterprises(chunk.Length);
            for (var i = 0; i < chunk.Length; i++)
            {
                if (outcomes[i].Error is not null)
                {
                    Statistics.AddError();
                }

                yield return new Assessment(chunk[i].Uscc, chunk[i].Name, asOf, _bundle.Bundle.ContentHash, outcomes[i]);
            }
        }
    }

    /// <summary>Evaluates one enterprise with the compiled delegates only; used for explanations and the memo key.</summary>
    internal CaseState Evaluate(EnterpriseInput input, DateOnly asOf)
    {
        var state = new CaseState((double[])input.Numbers.Clone(), (string?[])input.Texts.Clone());
        var fact = new DecisionFact(0, 0, asOf.DayNumber, state.Numbers, state.Texts);
        var hits = new List<int>();
        for (var phase = Phase.Evaluation; phase < Phase.Count && state.Error is null; phase++)
        {
            hits.Clear();
            foreach (var element in _bundle.ByPhase[phase])
            {
                try
                {
                    if (element.Evaluate(fact))
                    {
                        hits.Add(element.Index);
                    }
                }
                catch (Exception e) when (e is MissingValueException or DivideByZeroException or ArgumentException)
                {
                    state.Error = $"{(element.Kind == ElementKind.Rule ? "rule" : "table row")} {element.Id} ({element.Location}) could not be evaluated: {e.Message}";
                    return state;
                }
            }

            _resolver.Apply(state, phase, hits);
        }

        return state;
    }

    private Outcome[] ScoreMemoized(EnterpriseInput[] chunk, DateOnly asOf)
    {
        var outcomes = new Outcome?[chunk.Length];
        var keys = new HitKey?[chunk.Length];
        ForEachRange(chunk.Length, i =>
        {
            var state = Evaluate(chunk[i], asOf);
            if (state.Error is not null)
            {
                outcomes[i] = _resolver.ToOutcome(state);
                return;
            }

            keys[i] = new HitKey(state.Hits);
            if (_memo.TryGetValue(keys[i]!, out var known))
            {
                outcomes[i] = known;
            }
        });

        var representatives = new Dictionary<HitKey, int>();
        for (var i = 0; i < chunk.Length; i++)
        {
            if (outcomes[i] is null)
            {
                representatives.TryAdd(keys[i]!, i);
            }
        }

        var cases = representatives.Values.ToArray();
        var fresh = RunNRules([.. cases.Select(i => chunk[i])], asOf);
        for (var c = 0; c < cases.Length; c++)
        {
            var key = keys[cases[c]]!;
            if (!new HitKey(fresh[c].Hits).Equals(key))
            {
                throw new EngineInconsistencyException(
                    $"enterprise {chunk[cases[c]].Uscc}: NRules matched [{string.Join(",", fresh[c].Hits.Select(h => _bundle.Elements[h].Id))}] "
                    + "but the compiled conditions matched a different set");
            }

            _memo.TryAdd(key, fresh[c]);
        }

        for (var i = 0; i < chunk.Length; i++)
        {
            outcomes[i] ??= _memo[keys[i]!];
        }

        return outcomes!;
    }

    /// <summary>Runs cases through NRules sessions of <see cref="ScoringOptions.SessionBatch"/> facts, batches in parallel.</summary>
    private Outcome[] RunNRules(EnterpriseInput[] cases, DateOnly asOf)
    {
        var outcomes = new Outcome[cases.Length];
        var batches = (cases.Length + _options.SessionBatch - 1) / _options.SessionBatch;
        Parallel.For(0, batches, new ParallelOptions { MaxDegreeOfParallelism = _options.Threads }, b =>
        {
            var start = b * _options.SessionBatch;
            var batch = cases.AsSpan(start, Math.Min(_options.SessionBatch, cases.Length - start)).ToArray();
            Outcome[] results;
            try
            {
                results = RunSession(batch, asOf);
            }
            catch (Exception e) when (e is NRules.RuleExpressionEvaluationException)
            {
                // One enterprise's evaluation error aborts the whole session: isolate it so the others still score,
                // and report the failing one with the same message the delegates give.
                results = [.. batch.Select(input => IsolatedRun(input, asOf))];
            }

            Statistics.AddNRulesCases(batch.Length);
            results.CopyTo(outcomes, start);
        });
        return outcomes;
    }

    private Outcome IsolatedRun(EnterpriseInput input, DateOnly asOf)
    {
        try
        {
            return RunSession([input], asOf)[0];
        }
        catch (Exception e) when (e is NRules.RuleExpressionEvaluationException)
        {
            var state = Evaluate(input, asOf);
            return _resolver.ToOutcome(state) with
            {
                Error = state.Error ?? $"NRules could not evaluate the enterprise: {e.InnerException?.Message ?? e.Message}",
            };
        }
    }

    private Outcome[] RunSession(EnterpriseInput[] batch, DateOnly asOf)
    {
        var session = _bundle.SessionFactory.CreateSession();
        Statistics.AddSession();
        var states = batch.Select(input => new CaseState((double[])input.Numbers.Clone(), (string?[])input.Texts.Clone())).ToArray();
        for (var phase = Phase.Evaluation; phase < Phase.Count; phase++)
        {
            var facts = new List<DecisionFact>(states.Length);
            for (var i = 0; i < states.Length; i++)
            {
                if (states[i].Error is null)
                {
                    // Each phase gets its own immutable copy: the resolver keeps writing into the state's arrays.
                    facts.Add(new DecisionFact(i, phase, asOf.DayNumber, (double[])states[i].Numbers.Clone(), (string?[])states[i].Texts.Clone()));
                }
            }

            session.InsertAll(facts);
            session.Fire();
            var byCase = session.Query<Scoring.Hit>()
                .Where(h => _bundle.Elements[h.Element].Phase == phase)
                .ToLookup(h => h.CaseId, h => h.Element);
            foreach (var fact in facts)
            {
                _resolver.Apply(states[fact.CaseId], phase, [.. byCase[fact.CaseId].Order()]);
            }
        }

        return [.. states.Select(_resolver.ToOutcome)];
    }

    private void ForEachRange(int count, Action<int> body)
    {
        var size = Math.Max(256, count / (_options.Threads * 4));
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, count, size),
            new ParallelOptions { MaxDegreeOfParallelism = _options.Threads },
            range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    body(i);
                }
            });
    }
}
