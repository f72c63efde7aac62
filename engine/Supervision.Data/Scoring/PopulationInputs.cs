using Supervision.Data.Import;
using Supervision.Rules.Lists;
using Supervision.Rules.Scoring;

namespace Supervision.Data.Scoring;

/// <summary>Turns an imported population into engine inputs for an as-of date, lazily and in registry order.</summary>
public static class PopulationInputs
{
    public static IEnumerable<EnterpriseInput> For(Population population, FactBuilder builder, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(population);
        return For(population, builder, asOf, 0, population.Enterprises.Count);
    }

    /// <summary>The inputs of the registry rows start … start + count − 1 (a chunk of a nightly run).</summary>
    public static IEnumerable<EnterpriseInput> For(Population population, FactBuilder builder, DateOnly asOf, int start, int count)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + count, population.Enterprises.Count, nameof(count));
        return Slice(population, builder, asOf, start, count);
    }

    // The list rules decide a block's listings in a few NRules sessions (one per listed enterprise was 0.84× the scoring's
    // time at a million enterprises); the facts are then built one at a time, as they stream to the engine.
    private const int ListBlock = 4096;

    private static IEnumerable<EnterpriseInput> Slice(Population population, FactBuilder builder, DateOnly asOf, int start, int count)
    {
        for (var blockStart = start; blockStart < start + count; blockStart += ListBlock)
        {
            var blockEnd = Math.Min(blockStart + ListBlock, start + count);
            IReadOnlyList<ListStanding>? standings = null;
            ListRecords[]? records = null;
            if (builder.DerivesIndicators)
            {
                records = new ListRecords[blockEnd - blockStart];
                for (var i = blockStart; i < blockEnd; i++)
                {
                    var uscc = population.Enterprises[i].Uscc;
                    records[i - blockStart] = new ListRecords([.. population.CreditRecords[uscc]], [.. population.ListApplications[uscc]]);
                }

                standings = builder.ListsOf(records, asOf);
            }

            for (var i = blockStart; i < blockEnd; i++)
            {
                // The block's records, already copied for the list rules, are the ones the facts read.
                var enterprise = population.Enterprises[i];
                var own = records?[i - blockStart];
                yield return builder.Build(
                    enterprise,
                    population.Indicators.GetValueOrDefault(enterprise.Uscc),
                    own?.Credit ?? population.CreditRecords[enterprise.Uscc],
                    population.Inspections[enterprise.Uscc],
                    asOf,
                    population.LearnedRiskOf(enterprise.Uscc),
                    own?.Applications ?? population.ListApplications[enterprise.Uscc], population.Complaints[enterprise.Uscc],
                    population.Approvals[enterprise.Uscc], standings?[i - blockStart]);
            }
        }
    }
}
