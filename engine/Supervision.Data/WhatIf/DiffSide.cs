using Supervision.Data.Import;
using Supervision.Data.Scoring;
using Supervision.Model.Indicators;
using Supervision.Model.Registry;
using Supervision.Rules.Bundle;
using Supervision.Rules.Compilation;
using Supervision.Rules.Scoring;

namespace Supervision.Data.WhatIf;

/// <summary>
/// One bundle of a what-if: its fact builder (each bundle lays out its own schema), its engine, and what has been
/// counted so far. Indicator rows arrive in the union layout of <see cref="IndicatorColumnUnion"/> and are projected
/// onto this bundle's columns.
/// </summary>
/// <remarks><see cref="Input"/> may be called from several threads; <see cref="Score"/> and <see cref="Count"/> may not.</remarks>
internal sealed class DiffSide
{
    private readonly FactBuilder _builder;
    private readonly ScoringEngine _engine;
    private readonly IndicatorColumn[] _columns;
    private readonly int[] _slots;
    private readonly bool _asRead;
    private readonly long[] _fired;

    public DiffSide(CompiledBundle bundle, IReadOnlyList<IndicatorColumn> union, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(union);
        Bundle = bundle;
        _builder = new FactBuilder(bundle);
        _engine = new ScoringEngine(bundle, options);
        _columns = [.. _builder.SafetyColumns];
        var byName = union.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        _slots = [.. _columns.Select(c => byName.TryGetValue(c.Name, out var i)
            ? i
            : throw new ArgumentException($"column '{c.Name}' is not in the union", nameof(union)))];
        // The common case: the union starts with exactly this bundle's columns, so a row can be handed over as read.
        _asRead = _slots.Select((slot, i) => slot == i && IndicatorColumnUnion.Same(_columns[i], union[slot])).All(same => same);
        _fired = new long[bundle.Elements.Count];
        Tally = new CategoryTally(RegimeEffects.Of(bundle.Bundle.Manifest));
    }

    public CompiledBundle Bundle { get; }

    public CategoryTally Tally { get; }

    /// <summary>How many enterprises each element (by index) fired for.</summary>
    public IReadOnlyList<long> Fired => _fired;

    public EnterpriseInput Input(Population population, Enterprise enterprise, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(enterprise);
        return _builder.Build(
            enterprise,
            Project(population.Indicators.GetValueOrDefault(enterprise.Uscc)),
            population.CreditRecords[enterprise.Uscc],
            population.Inspections[enterprise.Uscc],
            asOf,
            population.LearnedRiskOf(enterprise.Uscc),
            population.ListApplications[enterprise.Uscc], population.Complaints[enterprise.Uscc], population.Approvals[enterprise.Uscc]);
    }

    public Outcome[] Score(EnterpriseInput[] inputs, DateOnly asOf) => [.. _engine.Score(inputs, asOf).Select(a => a.Outcome)];

    public void Count(Outcome outcome, OperatingStatus status)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        Tally.Add(outcome, status);
        foreach (var hit in outcome.Hits)
        {
            _fired[hit]++;
        }
    }

    /// <summary>
    /// True when this bundle builds exactly the facts <paramref name="other"/> builds: the same indicators (names, types,
    /// defaults, sources, derivations) in the same slots, read from the data the same way. Then one input serves both
    /// engines, which never write into their inputs, and half of the fact building is saved.
    /// </summary>
    public bool BuildsSameFactsAs(DiffSide other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var (mine, theirs) = (Bundle.Bundle.Indicators, other.Bundle.Bundle.Indicators);
        var (a, b) = (Bundle.Catalog, other.Bundle.Catalog);
        return _asRead && other._asRead && _columns.Length == other._columns.Length
            && a.NumberSlots == b.NumberSlots && a.TextSlots == b.TextSlots
            && mine.Count == theirs.Count
            && mine.Zip(theirs).All(p => p.First.Name == p.Second.Name && p.First.Type == p.Second.Type
                && p.First.Default == p.Second.Default && p.First.Source == p.Second.Source && p.First.Derive == p.Second.Derive
                && a.Get(p.First.Name).Slot == b.Get(p.Second.Name).Slot
                && a.Get(p.First.Name).IsNumericSlot == b.Get(p.Second.Name).IsNumericSlot);
    }

    /// <summary>This bundle's values of a union row; null (as if rejected) when a value breaks this bundle's own declaration.</summary>
    private object?[]? Project(object?[]? row)
    {
        if (row is null || _asRead)
        {
            return row;
        }

        var values = new object?[_columns.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = row[_slots[i]];
            if (!IndicatorColumnUnion.Admits(_columns[i], values[i]))
            {
                return null;
            }
        }

        return values;
    }
}
