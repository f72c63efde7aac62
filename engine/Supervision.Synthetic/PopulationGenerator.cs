using Supervision.Model.Randomness;
using Supervision.Model.Registry;

namespace Supervision.Synthetic;

/// <summary>
/// A deterministic synthetic population of the 营口片区 for tests, benchmarks and data-samples/. Enterprise i is drawn
/// from streams derived from (seed, i) alone, so <see cref="Generate"/> gives it without generating the others, and
/// <see cref="Enterprises"/> streams any number of them in memory that does not grow with the count (apart from the
/// inspector directory, count/20 entries): a million enterprises take about 30 s and 150 MB.
/// </summary>
/// <remarks>
/// Per enterprise: the registry row; a target credit class (A 65.5%, B 25%, C 8%, D 1.5%, of which a fifth by an
/// active blacklist listing) and a rare removed listing; safety indicators for a target level of its industry; the
/// inspection history, whose violations depend on that latent risk; then credit records that, with those violations,
/// give the target class under the default bundle. Not thread-safe (recipe tables are cached); use one instance per thread.
/// </remarks>
internal sealed class PopulationGenerator
{
    private const double ActiveBlacklistShareOfD = 0.2;
    private const double RemovedBlacklistShare = 0.002;

    private readonly ulong _seed;
    private readonly IdentitySynthesizer _identities;
    private readonly SafetySynthesizer _safety = new();
    private readonly CreditSynthesizer _credit = new();
    private readonly Lazy<InspectorDirectory> _directory;

    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="ArgumentException">The safety columns repeat a name.</exception>
    public PopulationGenerator(SyntheticOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        _seed = options.StreamSeed;
        _identities = new IdentitySynthesizer(_seed, options.AsOf);
        _directory = new Lazy<InspectorDirectory>(
            () => InspectorDirectoryBuilder.Build(_seed, options.Count, options.AsOf, _identities), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public SyntheticOptions Options { get; }

    /// <summary>The inspector directory: count/20 inspectors, at least 40; the inspections draw their teams from it.</summary>
    public IReadOnlyList<Inspector> Inspectors => _directory.Value.Inspectors;

    /// <summary>Enterprises 0 to Count − 1, generated one at a time as the sequence is enumerated.</summary>
    public IEnumerable<GeneratedEnterprise> Enterprises()
    {
        for (var i = 0; i < Options.Count; i++)
        {
            yield return Generate(i);
        }
    }

    /// <summary>Enterprise <paramref name="index"/>, the same as the one <see cref="Enterprises"/> yields at that position.</summary>
    public GeneratedEnterprise Generate(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Options.Count);
        var asOf = Options.AsOf;
        var identity = _identities.Create(index);
        var enterprise = identity.Enterprise;

        var target = SeededRandom.Derive(_seed, (ulong)RandomStream.Target, index);
        var targetClass = target.PickIndex([.. CreditModel.ClassWeights]);
        var canBeListed = enterprise.RegistrationDate.AddDays(CreditCapabilities.FirstDecisionDays) <= asOf;
        var plan = !canBeListed ? BlacklistPlan.None
            : targetClass == 3 && target.Bernoulli(ActiveBlacklistShareOfD) ? BlacklistPlan.Active
            : targetClass < 3 && target.Bernoulli(RemovedBlacklistShare) ? BlacklistPlan.Removed
            : BlacklistPlan.None;

        var safety = _safety.Draw(SeededRandom.Derive(_seed, (ulong)RandomStream.Safety, index), identity.Profile, identity.AgeYears(asOf));
        var missing = Options.MissingShare > 0
            && SeededRandom.Derive(_seed ^ SeededRandom.StableHash("missing " + SafetyValues.SafetyTrainingRate), (ulong)RandomStream.ExtraColumn, index)
                .Bernoulli(Options.MissingShare)
            && Options.SafetyColumns.Any(c => c.Name == SafetyValues.SafetyTrainingRate);
        var row = SafetyRow.Build(Options.SafetyColumns, safety.Values, _seed, index, asOf, missing);

        var history = InspectionSynthesizer.Draw(
            SeededRandom.Derive(_seed, (ulong)RandomStream.Inspections, index), index, identity, safety, targetClass, _directory.Value, asOf);
        var context = new CreditContext(SeededRandom.Derive(_seed, (ulong)RandomStream.Credit, index), enterprise, identity.Profile, asOf);
        var complaints = ComplaintSynthesizer.Draw(SeededRandom.Derive(_seed, (ulong)RandomStream.Complaints, index), index, identity, targetClass, asOf);
        var approvals = ApprovalSynthesizer.Draw(SeededRandom.Derive(_seed, (ulong)RandomStream.Approvals, index), index, identity, targetClass, asOf);
        var credit = _credit.Draw(context, targetClass, plan, history.ViolationPoints + complaints.Points + approvals.Points);

        var intended = new IntendedOutcome(
            identity.Profile, safety.Score, safety.Level, safety.DirectRed, credit.Score, credit.CreditClass,
            ScoreBands.CreditClasses[targetClass], credit.Blacklisted, missing);
        return new GeneratedEnterprise(enterprise, row, credit.Records, history.Inspections, intended, credit.Applications) { Complaints = complaints.Complaints, Approvals = approvals.Approvals };
    }
}
