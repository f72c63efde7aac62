using System.Collections.Concurrent;
using Supervision.Rules.Bundle;
using Supervision.Rules.Compilation;
using Supervision.Rules.Language;

namespace Supervision.Rules.Scoring;

/// <summary>
/// Scores a stream of enterprises under one compiled bundle and one as-of date, in input order.
/// </summary>
/// <remarks>
/// In <see cref="EngineMode.Memoized"/> mode each enterprise's conditions are first evaluated with compiled delegates
/// and resolved. The matches fall into three independent groups (safety rules, credit rules, tables and regime rules);
/// for every group pattern not seen before, NRules evaluates the whole enterprise and its matches must equal the
/// delegates' (a mismatch throws <see cref="EngineInconsistencyException"/>). Once every group pattern of an enterprise
/// has been verified by NRules, its resolved outcome is used directly. <see cref="EngineMode.Direct"/> sends every enterprise through NRules. Both give identical
/// outcomes. One instance may be used for several runs of the same bundle; it is not meant for concurrent calls.
/// </remarks>
public sealed class ScoringEngine
{
    private readonly CompiledBundle _bundle;
    private readonly Resolver _resolver;
    private readonly ScoringOptions _options;
    private readonly ConcurrentDictionary<HitKey, byte> _verified = new();
    private readonly Element[][] _phases;

    [ThreadStatic]
    private static List<int>? t_hits;

    public ScoringEngine(CompiledBundle bundle, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        _bundle = bundle;
        _resolver = new Resolver(bundle);
        _options = options ?? new ScoringOptions();
        _phases = [.. bundle.ByPhase.Select(p => p.ToArray())];
    }

    public EngineStatistics Statistics { get; } = new();

    /// <summary>Number of distinct sub-patterns NRules has verified so far.</summary>
    public int VerifiedPatterns => _verified.Count;

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

                yield return new Assessment(chunk[i].Uscc, chunk[i].Name, asOf, _bundle.Bundle.ContentHash, WithLists(outcomes[i], chunk[i].Lists), chunk[i].Facets);
            }
        }
    }

    /// <summary>
    /// Records the list rules that decided the enterprise's listings ahead of the scoring's hits (they are not part of the
    /// memo key: they changed the indicators, which the scoring's hits already reflect); a listing the list rules could not
    /// evaluate fails the assessment as an unevaluable rule would.
    /// </summary>
    private static Outcome WithLists(Outcome outcome, Lists.ListStanding? lists)
    {
        if (lists is null || (lists.Hits.Count == 0 && lists.Error is null))
        {
            return outcome;
        }

        return outcome with { Hits = [.. lists.Hits, .. outcome.Hits], Error = outcome.Error ?? lists.Error };
    }

    /// <summary>Evaluates one enterprise with the compiled delegates only; used for explanations and the memo key.</summary>
    internal CaseState Evaluate(EnterpriseInput input, DateOnly asOf)
    {
        var state = new CaseState((double[])input.Numbers.Clone(), (string?[])input.Texts.Clone(), asOf);
        var fact = new DecisionFact(0, 0, asOf.DayNumber, state.Numbers, state.Texts);

        // One list per thread, cleared for each phase (the resolver copies what it keeps): a fresh list grown hit by hit
        // for every enterprise was a good share of the scoring's garbage.
        var hits = t_hits ??= new List<int>(64);
        for (var phase = Phase.Evaluation; phase < Phase.Count && state.Error is null; phase++)
        {
            hits.Clear();
            foreach (var element in _phases[phase])
            {
                if (!element.Validity.IsAlways && !element.Validity.Contains(asOf))
                {
                    continue;
                }

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
        // Each case's outcome is resolved as soon as it is evaluated, so that its working state (a copy of its facts)
        // is garbage at once rather than held until the chunk is done, which made the collector copy it twice.
        var outcomes = new Outcome[chunk.Length];
        var settled = new bool[chunk.Length];
        var keys = new HitKey[chunk.Length][];
        ForEachRange(chunk.Length, i =>
        {
            var state = Evaluate(chunk[i], asOf);
            outcomes[i] = _resolver.ToOutcome(state);
            if (state.Error is not null)
            {
                settled[i] = true;
                return;
            }

            keys[i] = SubPatterns(state.Hits);
            settled[i] = Array.TrueForAll(keys[i], _verified.ContainsKey);
        });

        // Every sub-pattern not yet verified gets one representative enterprise, which NRules evaluates in full.
        var claimed = new HashSet<HitKey>();
        var representatives = new List<int>();
        for (var i = 0; i < chunk.Length; i++)
        {
            if (settled[i])
            {
                continue;
            }

            var claimsNew = false;
            foreach (var key in keys[i])
            {
                claimsNew |= !_verified.ContainsKey(key) && claimed.Add(key);
            }

            if (claimsNew)
            {
                representatives.Add(i);
            }
        }

        var fresh = RunNRules([.. representatives.Select(i => chunk[i])], asOf);
        for (var r = 0; r < representatives.Count; r++)
        {
            var i = representatives[r];
            if (!fresh[r].Hits.SequenceEqual(outcomes[i].Hits) || fresh[r].Error is not null)
            {
                throw new EngineInconsistencyException(
                    $"enterprise {chunk[i].Uscc}: NRules matched [{string.Join(",", fresh[r].Hits.Select(h => _bundle.Elements[h].Id))}] "
                    + $"but the compiled conditions matched [{string.Join(",", outcomes[i].Hits.Select(h => _bundle.Elements[h].Id))}]");
            }

            outcomes[i] = fresh[r];
            foreach (var key in keys[i])
            {
                _verified.TryAdd(key, 0);
            }
        }

        return outcomes;
    }

    /// <summary>
    /// Splits a case's hits into independently decided groups: safety rules, credit rules, and everything after
    /// phase 1 (tables and regime rules). Each group's matches depend only on its own conditions.
    /// </summary>
    private HitKey[] SubPatterns(List<int> hits)
    {
        // Each group's key array sized exactly and filled in place (a list per group, grown and then copied, was a
        // good share of the scoring's garbage at a million enterprises); the group's marker leads its key.
        Span<int> counts = [1, 1, 1];
        foreach (var hit in hits)
        {
            counts[GroupOf(hit)]++;
        }

        int[][] groups = [new int[counts[0]], new int[counts[1]], new int[counts[2]]];
        for (var g = 0; g < groups.Length; g++)
        {
            groups[g][0] = -1 - g;
            counts[g] = 1;
        }

        foreach (var hit in hits)
        {
            var g = GroupOf(hit);
            groups[g][counts[g]++] = hit;
        }

        return [HitKey.Own(groups[0]), HitKey.Own(groups[1]), HitKey.Own(groups[2])];
    }

    private int GroupOf(int hit) => _bundle.Elements[hit].Rule?.Kind switch { EvaluationKind.Safety => 0, EvaluationKind.Credit => 1, _ => 2 };

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
        var sink = new HitSink();
        session.DependencyResolver = new SinkResolver(sink);
        Statistics.AddSession();
        var seen = 0;
        var states = batch.Select(input => new CaseState((double[])input.Numbers.Clone(), (string?[])input.Texts.Clone(), asOf)).ToArray();
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
            var byCase = new List<int>[states.Length];
            for (; seen < sink.Count; seen++)
            {
                var (caseId, element) = sink[seen];
                (byCase[caseId] ??= []).Add(element);
            }

            foreach (var fact in facts)
            {
                var hits = byCase[fact.CaseId] ?? [];
                hits.Sort();
                _resolver.Apply(states[fact.CaseId], phase, hits);
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
