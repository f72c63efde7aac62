using Supervision.Data.Scoring;
using Supervision.Rules.Scoring;
using Supervision.Synthetic;
using Xunit.Abstractions;

namespace Supervision.Tests.Synthetic;

/// <summary>The default bundle, run by the engine over generated data, gives every enterprise its intended outcome.</summary>
public sealed class EngineAgreementTests(ITestOutputHelper output)
{
    private static readonly DateOnly AsOf = new(2026, 11, 27);

    [Fact]
    public void Score_GeneratedPopulation_MatchesIntendedOutcomeOfEveryEnterprise()
    {
        var generator = new PopulationGenerator(new SyntheticOptions(4000, 20261127, AsOf, Repository.SafetyColumns));
        var generated = generator.Enterprises().ToList();
        var compiled = Repository.CompiledDefaultBundle;
        var builder = new FactBuilder(compiled);

        var assessments = new ScoringEngine(compiled)
            .Score(generated.Select(g => builder.Build(g.Enterprise, g.SafetyValues, g.CreditRecords, g.Inspections, AsOf, applications: g.ListApplications, complaints: g.Complaints, approvals: g.Approvals)), AsOf)
            .ToList();

        var mismatches = generated.Zip(assessments)
            .Where(p => p.Second.Outcome.Error is not null
                || p.Second.Outcome.SafetyLevel != p.First.Intended.SafetyLevel
                || p.Second.Outcome.CreditClass != p.First.Intended.CreditClass
                || (int)p.Second.Outcome.SafetyScore != p.First.Intended.SafetyScore
                || (int)p.Second.Outcome.CreditScore != p.First.Intended.CreditScore)
            .Select(p => $"{p.First.Enterprise.Uscc}: intended {p.First.Intended}, engine {p.Second.Outcome.SafetyScore}/{p.Second.Outcome.SafetyLevel} "
                + $"{p.Second.Outcome.CreditScore}/{p.Second.Outcome.CreditClass} {p.Second.Outcome.Error}")
            .ToList();
        foreach (var line in Summarize(assessments.Select(a => a.Outcome)))
        {
            output.WriteLine(line);
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(20)));
    }

    private static IEnumerable<string> Summarize(IEnumerable<Outcome> outcomes)
    {
        var list = outcomes.ToList();
        foreach (var (name, key) in new (string, Func<Outcome, string>)[]
        {
            ("class", o => o.CreditClass), ("level", o => o.SafetyLevel), ("category", o => o.Category), ("regime", o => o.Regime),
            ("safety score", o => o.SafetyScore.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("credit score", o => o.CreditScore.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        })
        {
            yield return name + ": " + string.Join("  ", list.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} {g.Count()} ({100.0 * g.Count() / list.Count:0.0}%)"));
        }
    }
}
