using Supervision.Data.Import;
using Supervision.Data.Scoring;
using Supervision.Rules.Compilation;
using Supervision.Rules.Scoring;

namespace Supervision.Application.Scoring;

/// <summary>
/// The use case every other one starts from: import a population (a data directory, or a night's chunk of it), build
/// its facts for an as-of date and score them with the bundle's NRules engine. <c>score</c>, <c>explain</c>, the draw,
/// the night's chunks, the results and the learned risk all score through this one type.
/// </summary>
public sealed class ScorePopulation
{
    private readonly Lazy<ScoringEngine> engine;

    /// <param name="bundle">The compiled bundle that scores.</param>
    /// <param name="options">The engine's mode (memoized by default).</param>
    public ScorePopulation(CompiledBundle bundle, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        Bundle = bundle;
        Facts = new FactBuilder(bundle);
        // Made when first used: an import that scores nothing (the database's registry) builds no engine.
        engine = new Lazy<ScoringEngine>(() => new ScoringEngine(bundle, options ?? new ScoringOptions()), LazyThreadSafetyMode.None);
    }

    /// <summary>With a fact builder and an engine the caller keeps (a night reuses them across its chunks).</summary>
    public ScorePopulation(CompiledBundle bundle, FactBuilder facts, ScoringEngine engine)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(engine);
        Bundle = bundle;
        Facts = facts;
        this.engine = new Lazy<ScoringEngine>(engine);
    }

    /// <summary>The bundle that scores.</summary>
    public CompiledBundle Bundle { get; }

    /// <summary>Builds an enterprise's facts (indicators, credit, history) as the bundle reads them.</summary>
    public FactBuilder Facts { get; }

    /// <summary>The engine (its statistics tell how much NRules work the scoring took).</summary>
    public ScoringEngine Engine => engine.Value;

    /// <summary>
    /// Imports every input file of <paramref name="dataDirectory"/> the bundle reads, with row-level reports; the learned
    /// risk only when the bundle's rules use it.
    /// </summary>
    public Population Load(string dataDirectory) => PopulationLoader.Load(dataDirectory, Facts.SafetyColumns, Facts.ReadsLearnedRisk);

    /// <summary>Imports a night's chunk from its input slices (the inspectors are the draw's, read once for the whole night).</summary>
    public Population Load(IInputSource slices) => PopulationLoader.Load(slices, Facts.SafetyColumns, Facts.ReadsLearnedRisk, withInspectors: false);

    /// <summary>
    /// Imports the records of <paramref name="dataDirectory"/> without the learned risk: what the database keeps, what a
    /// model learns from, and what results are decided against do not depend on a model's last output.
    /// </summary>
    public Population LoadRecords(string dataDirectory) => PopulationLoader.Load(dataDirectory, Facts.SafetyColumns);

    /// <summary>The facts of one enterprise of <paramref name="population"/> on <paramref name="asOf"/>, or null when it is not there.</summary>
    public EnterpriseInput? Input(Population population, string uscc, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(population);
        var enterprise = population.Enterprises.FirstOrDefault(e => e.Uscc == uscc);
        return enterprise is null
            ? null
            : Facts.Build(enterprise, population.Indicators.GetValueOrDefault(uscc), population.CreditRecords[uscc], population.Inspections[uscc], asOf,
                population.LearnedRiskOf(uscc), population.ListApplications[uscc], population.Complaints[uscc], population.Approvals[uscc]);
    }

    /// <summary>Scores every enterprise of <paramref name="population"/> on <paramref name="asOf"/>, lazily and in registry order.</summary>
    public IEnumerable<Assessment> Score(Population population, DateOnly asOf, CancellationToken cancellationToken = default)
        => Engine.Score(PopulationInputs.For(population, Facts, asOf), asOf, cancellationToken);

    /// <summary>Scores every enterprise of <paramref name="population"/> on <paramref name="asOf"/>, by USCC.</summary>
    public Dictionary<string, Assessment> ScoreByUscc(Population population, DateOnly asOf)
        => Score(population, asOf).ToDictionary(a => a.Uscc, StringComparer.Ordinal);
}
