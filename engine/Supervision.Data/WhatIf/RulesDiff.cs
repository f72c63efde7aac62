using Supervision.Data.Import;
using Supervision.Rules.Compilation;
using Supervision.Rules.Scoring;

namespace Supervision.Data.WhatIf;

/// <summary>
/// What-if before publishing: scores one imported population under a base and a candidate bundle and compares
/// the outcomes enterprise by enterprise.
/// </summary>
/// <remarks>
/// Both bundles score the population chunk by chunk and only the outcomes of changed enterprises are kept, so memory
/// does not grow with two full sets of traces. Explanations re-score an enterprise through NRules and are the costly
/// part: they are made only for the first <c>explanationLimit</c> changed enterprises.
/// </remarks>
public static class RulesDiff
{
    public const int DefaultExplanationLimit = 200;

    private const int Chunk = 16_384;

    /// <param name="baseBundle">The bundle in force.</param>
    /// <param name="candidateBundle">The bundle proposed.</param>
    /// <param name="population">Imported with the union of both bundles' indicator columns (<see cref="IndicatorColumnUnion"/>).</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="explanationLimit">How many changed enterprises get both explanations.</param>
    /// <param name="progress">Receives the number of enterprises scored under both bundles.</param>
    /// <param name="cancellationToken">Stops between chunks.</param>
    public static RulesDiffReport Run(
        CompiledBundle baseBundle,
        CompiledBundle candidateBundle,
        Population population,
        DateOnly asOf,
        int explanationLimit = DefaultExplanationLimit,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(baseBundle);
        ArgumentNullException.ThrowIfNull(candidateBundle);
        ArgumentNullException.ThrowIfNull(population);
        ArgumentOutOfRangeException.ThrowIfNegative(explanationLimit);
        var sides = new[] { new DiffSide(baseBundle, population.IndicatorColumns), new DiffSide(candidateBundle, population.IndicatorColumns) };
        var matrix = new TransitionMatrix([.. baseBundle.Bundle.Manifest.Categories.Union(candidateBundle.Bundle.Manifest.Categories, StringComparer.Ordinal)]);
        var shared = sides[1].BuildsSameFactsAs(sides[0]);
        var changed = new List<ChangedEnterprise>();
        var enterprises = population.Enterprises;
        for (var start = 0; start < enterprises.Count; start += Chunk)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(Chunk, enterprises.Count - start);
            var inputs = new[] { new EnterpriseInput[count], new EnterpriseInput[count] };
            // Building facts (derived indicators over credit records and inspections) costs as much as scoring: use every core.
            Parallel.For(0, count, i =>
            {
                inputs[0][i] = sides[0].Input(population, enterprises[start + i], asOf);
                inputs[1][i] = shared ? inputs[0][i] : sides[1].Input(population, enterprises[start + i], asOf);
            });
            var outcomes = new[] { sides[0].Score(inputs[0], asOf), sides[1].Score(inputs[1], asOf) };
            for (var i = 0; i < count; i++)
            {
                var enterprise = enterprises[start + i];
                var (before, after) = (outcomes[0][i], outcomes[1][i]);
                sides[0].Count(before, enterprise.Status);
                sides[1].Count(after, enterprise.Status);
                matrix.Add(before, after);
                var changes = OutcomeComparison.Compare(before, after);
                if (changes != OutcomeChanges.None)
                {
                    changed.Add(new ChangedEnterprise(start + i, enterprise.Uscc, enterprise.Name, before, after, changes,
                        OutcomeComparison.FiredOnlyIn(after, candidateBundle, before, baseBundle),
                        OutcomeComparison.FiredOnlyIn(before, baseBundle, after, candidateBundle)));
                }
            }

            progress?.Report(start + count);
        }

        return new RulesDiffReport(
            baseBundle, candidateBundle, asOf, matrix,
            [.. matrix.Categories.Select(c => new CategoryRow(c,
                sides[0].Tally.Enterprises(c), sides[1].Tally.Enterprises(c),
                sides[0].Tally.Expected(c), sides[1].Tally.Expected(c),
                sides[0].Tally.Planned(c), sides[1].Tally.Planned(c)))],
            sides[0].Tally.Errors, sides[1].Tally.Errors,
            ElementCounts(sides[0], sides[1]),
            changed,
            Explain(sides, population, changed.Take(explanationLimit).ToList(), asOf),
            explanationLimit);
    }

    /// <summary>
    /// Elements that fired for a different number of enterprises, in phase order (rules, grading rows, matrix rows,
    /// regime rules, ratio rows): the base's, then those only the candidate has.
    /// </summary>
    private static List<ElementCount> ElementCounts(DiffSide before, DiffSide after)
    {
        var candidate = after.Bundle.Elements.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var known = before.Bundle.Elements.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. before.Bundle.Elements
                .Select(e => (e.Phase, Count: new ElementCount(e.Id, e.Title, before.Fired[e.Index],
                    candidate.TryGetValue(e.Id, out var c) ? after.Fired[c.Index] : null)))
                .Concat(after.Bundle.Elements.Where(e => !known.Contains(e.Id))
                    .Select(e => (e.Phase, Count: new ElementCount(e.Id, e.Title, null, after.Fired[e.Index]))))
                .Where(p => p.Count.Base != p.Count.Candidate)
                .OrderBy(p => p.Phase)
                .Select(p => p.Count),
        ];
    }

    private static SideBySide[] Explain(DiffSide[] sides, Population population, List<ChangedEnterprise> changes, DateOnly asOf)
    {
        var explained = new SideBySide[changes.Count];
        // An Explainer holds an engine, which is not for concurrent calls: one pair per worker.
        Parallel.For(0, changes.Count,
            () => (Base: new Explainer(sides[0].Bundle), Candidate: new Explainer(sides[1].Bundle)),
            (i, _, explainers) =>
            {
                var enterprise = population.Enterprises[changes[i].Index];
                explained[i] = new SideBySide(changes[i],
                    explainers.Base.Explain(sides[0].Input(population, enterprise, asOf), asOf),
                    explainers.Candidate.Explain(sides[1].Input(population, enterprise, asOf), asOf));
                return explainers;
            },
            _ => { });
        return explained;
    }
}
