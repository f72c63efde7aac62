using Supervision.Data.Import;
using Supervision.Data.Scoring;
using Supervision.Model.Registry;
using Supervision.Rules.Compilation;
using Supervision.Rules.Scoring;

namespace Supervision.Learning.Features;

/// <summary>
/// Builds one example per past inspection from a population's history: the indicators as they stood the day
/// before the inspection, the rule score of that day, and whether a violation was found.
/// </summary>
/// <remarks>
/// No leakage: the as-of date is the day before the inspection and the fact builder ignores every credit record and
/// inspection dated after its as-of date, so neither this inspection's result nor anything later is seen (another
/// inspection on the same day is not seen either). safety-indicators.csv holds one undated row per enterprise; it is
/// used as it is, which is right only when those values do not record inspection results (true of the shipped data).
/// </remarks>
public static class HistoryDataset
{
    public static InspectionDataset Build(Population population, CompiledBundle bundle, string origin, FeatureEncoder? encoder = null)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(bundle);
        var builder = new FactBuilder(bundle);
        var registry = population.Enterprises.ToDictionary(e => e.Uscc, StringComparer.Ordinal);
        var inspections = population.Inspections.SelectMany(g => g)
            .Where(i => registry.ContainsKey(i.Uscc))
            .OrderBy(i => i.Date).ThenBy(i => i.Uscc, StringComparer.Ordinal).ThenBy(i => i.InspectionId, StringComparer.Ordinal)
            .ToList();
        var inputs = inspections.Select(i => Input(population, builder, registry[i.Uscc], i.Date.AddDays(-1))).ToList();
        encoder ??= FeatureEncoder.ForSchema(bundle, inputs);
        var outcomes = Outcomes(bundle, [.. inspections.Select(i => i.Date.AddDays(-1))], inputs);
        var examples = inspections.Select((inspection, k) => new InspectionExample(
            inspection.Uscc, inspection.Date, inspection.ViolationFound, encoder.Encode(inputs[k], inspection.Date.AddDays(-1), outcomes[k]), RuleScore(outcomes[k])));
        return new InspectionDataset(encoder.Features, InspectionDataset.Sort(examples), origin);
    }

    /// <summary>Every registered enterprise as of a date, encoded for scoring its current risk.</summary>
    public static IReadOnlyList<InspectionExample> Current(Population population, CompiledBundle bundle, FeatureEncoder encoder, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(encoder);
        var builder = new FactBuilder(bundle);
        var inputs = population.Enterprises.Select(e => Input(population, builder, e, asOf)).ToList();
        var outcomes = Outcomes(bundle, [.. inputs.Select(_ => asOf)], inputs);
        return [.. inputs.Select((input, k) => new InspectionExample(input.Uscc, asOf, null, encoder.Encode(input, asOf, outcomes[k]), RuleScore(outcomes[k])))];
    }

    /// <summary>
    /// The rules' own ordering: the inspection ratio the bundle assigns (its measure of how much to inspect), ties
    /// broken by the points lost on both evaluations. An enterprise the rules cannot evaluate gets null.
    /// </summary>
    public static double? RuleScore(Outcome? outcome)
        => outcome is null || outcome.Error is not null ? null : outcome.Ratio + ((200 - outcome.SafetyScore - outcome.CreditScore) / 20_000);

    private static EnterpriseInput Input(Population population, FactBuilder builder, Enterprise enterprise, DateOnly asOf)
        => builder.Build(
            enterprise,
            population.Indicators.GetValueOrDefault(enterprise.Uscc),
            population.CreditRecords[enterprise.Uscc],
            population.Inspections[enterprise.Uscc],
            asOf,
            applications: population.ListApplications[enterprise.Uscc], complaints: population.Complaints[enterprise.Uscc], approvals: population.Approvals[enterprise.Uscc]);

    /// <summary>The real scoring engine's outcome for each input on its as-of date.</summary>
    private static Outcome[] Outcomes(CompiledBundle bundle, DateOnly[] asOf, List<EnterpriseInput> inputs)
    {
        // The engine scores one as-of date per call: group the inputs by date.
        var engine = new ScoringEngine(bundle);
        var outcomes = new Outcome[inputs.Count];
        foreach (var day in Enumerable.Range(0, inputs.Count).GroupBy(k => asOf[k]))
        {
            var indexes = day.ToArray();
            var scored = engine.Score(indexes.Select(k => inputs[k]), day.Key).ToArray();
            for (var j = 0; j < indexes.Length; j++)
            {
                outcomes[indexes[j]] = scored[j].Outcome;
            }
        }

        return outcomes;
    }
}
