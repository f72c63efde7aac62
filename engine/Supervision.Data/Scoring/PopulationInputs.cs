using Supervision.Data.Import;
using Supervision.Rules.Scoring;

namespace Supervision.Data.Scoring;

/// <summary>Turns an imported population into engine inputs for an as-of date, lazily and in registry order.</summary>
internal static class PopulationInputs
{
    public static IEnumerable<EnterpriseInput> For(Population population, FactBuilder builder, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var enterprise in population.Enterprises)
        {
            yield return builder.Build(
                enterprise,
                population.Indicators.GetValueOrDefault(enterprise.Uscc),
                population.CreditRecords[enterprise.Uscc],
                population.Inspections[enterprise.Uscc],
                asOf);
        }
    }
}
