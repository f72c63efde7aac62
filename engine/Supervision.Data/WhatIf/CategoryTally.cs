using Supervision.Draws.Drawing;
using Supervision.Rules.Bundle;
using Supervision.Draws.Record;
using Supervision.Model.Registry;
using Supervision.Rules.Scoring;

namespace Supervision.Data.WhatIf;

/// <summary>
/// Per supervision category, under one bundle: enterprises, expected inspections (Σ ratio) and the planned draw
/// (the count a routine draw takes: n = min(e, max(min_count, ⌈ratio × e⌉)) per pool, as in docs/draw-algorithm.md).
/// </summary>
/// <remarks>
/// Pools follow <see cref="Eligibility"/> without a plan (no scope, no annual caps, no case leads): a blacklisted
/// enterprise (a regime whose draw effect is <see cref="RegimeDrawEffect.Always"/>) is always drawn; a revoked,
/// deregistered or dormant one, one under any other regime and one of an exempt category is not drawn routinely; the
/// rest form the category's pool, whose ratio and minimum are the largest among the category's enterprises.
/// </remarks>
internal sealed class CategoryTally(RegimeEffects regimes)
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public int Errors { get; private set; }

    public void Add(Outcome outcome, OperatingStatus status)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Error is not null)
        {
            Errors++;
            return;
        }

        var entry = _entries.TryGetValue(outcome.Category, out var found) ? found : _entries[outcome.Category] = new Entry();
        entry.Enterprises++;
        entry.Expected += outcome.Ratio;
        var effect = regimes.EffectOf(outcome.Regime);
        if (effect == RegimeDrawEffect.Always)
        {
            if (status is OperatingStatus.Operating)
            {
                entry.AlwaysDrawn++;
            }

            return;
        }

        entry.Ratio = Math.Max(entry.Ratio, (decimal)outcome.Ratio);
        entry.MinCount = Math.Max(entry.MinCount, outcome.MinCount);
        if (status is OperatingStatus.Operating && !outcome.Exempt && effect == RegimeDrawEffect.Routine)
        {
            entry.Pool++;
        }
    }

    public int Enterprises(string category) => _entries.GetValueOrDefault(category)?.Enterprises ?? 0;

    /// <summary>Σ ratio over the category's enterprises: the expected number of inspections if each is drawn with its ratio.</summary>
    public double Expected(string category) => _entries.GetValueOrDefault(category)?.Expected ?? 0;

    /// <summary>Blacklisted enterprises plus the category pool's count n = min(e, max(min_count, ⌈ratio × e⌉)), 0 for an empty pool.</summary>
    public int Planned(string category)
        => _entries.GetValueOrDefault(category) is { } e ? e.AlwaysDrawn + new PoolRule(category, e.Ratio, e.MinCount).Count(e.Pool) : 0;

    private sealed class Entry
    {
        public int Enterprises { get; set; }

        public double Expected { get; set; }

        public int AlwaysDrawn { get; set; }

        public int Pool { get; set; }

        public decimal Ratio { get; set; }

        public int MinCount { get; set; }
    }
}
