using System.Diagnostics;
using System.Globalization;
using Supervision.Data.Scoring;
using Supervision.Rules.Compilation;
using Supervision.Rules.Scoring;
using Supervision.Synthetic;

namespace Supervision.Benchmarks;

/// <summary>
/// One measured run in its own process, so that its peak memory is its own. The population is generated and scored
/// chunk by chunk (streaming); the two are timed separately so that the generator's cost does not count as scoring.
/// </summary>
internal static class Variant
{
    public const int Chunk = 16_384;

    public static VariantResult Run(string variant, int count, long seed, DateOnly asOf, CompiledBundle bundle)
    {
        var builder = new FactBuilder(bundle);
        var generator = new PopulationGenerator(SyntheticOptions.ForBundle(count, seed, asOf, bundle.Bundle));
        using var inputs = generator.Enterprises()
            .Select(g => builder.Build(g.Enterprise, g.SafetyValues, g.CreditRecords, g.Inspections, asOf, applications: g.ListApplications, complaints: g.Complaints, approvals: g.Approvals))
            .GetEnumerator();
        var categories = new Checksum();
        var full = new Checksum();
        var hasFull = false;
        Func<EnterpriseInput[], IEnumerable<(string Category, string? Full)>> score = variant switch
        {
            "generate" => chunk => [],
            "memoized" or "direct" => Engine(bundle, variant == "direct" ? EngineMode.Direct : EngineMode.Memoized, asOf, out var engine),
            "rulesengine" => RulesEngine(bundle, asOf),
            "handwritten" => HandWritten(bundle, asOf),
            _ => throw new ArgumentException($"unknown variant {variant}", nameof(variant)),
        };

        var generation = new Stopwatch();
        var scoring = new Stopwatch();
        while (true)
        {
            generation.Start();
            var chunk = Take(inputs, Chunk);
            generation.Stop();
            if (chunk.Length == 0)
            {
                break;
            }

            scoring.Start();
            var results = score(chunk).ToList();
            scoring.Stop();
            foreach (var (category, fullText) in results)
            {
                categories.Add(category);
                if (fullText is not null)
                {
                    full.Add(fullText);
                    hasFull = true;
                }
            }
        }

        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
        return new VariantResult(variant, count, generation.Elapsed.TotalSeconds, scoring.Elapsed.TotalSeconds, peak,
            categories.ToString(), hasFull ? full.ToString() : "", Notes.TryGetValue(variant, out var note) ? note() : "");
    }

    private static readonly Dictionary<string, Func<string>> Notes = [];

    private static Func<EnterpriseInput[], IEnumerable<(string, string?)>> Engine(CompiledBundle bundle, EngineMode mode, DateOnly asOf, out ScoringEngine engine)
    {
        var instance = engine = new ScoringEngine(bundle, new ScoringOptions(mode));
        Notes[mode == EngineMode.Direct ? "direct" : "memoized"] = () =>
            $"{instance.Statistics.NRulesCases:N0} NRules cases in {instance.Statistics.Sessions:N0} sessions"
            + (mode == EngineMode.Memoized ? $"; {instance.VerifiedPatterns:N0} verified patterns" : "");
        return chunk => instance.Score(chunk, asOf).Select(a => Describe(a.Outcome));
    }

    private static Func<EnterpriseInput[], IEnumerable<(string, string?)>> RulesEngine(CompiledBundle bundle, DateOnly asOf)
    {
        var scorer = new RulesEngineScorer(bundle);
        return chunk => Parallel(chunk, input => Describe(scorer.Score(input, asOf)));
    }

    private static Func<EnterpriseInput[], IEnumerable<(string, string?)>> HandWritten(CompiledBundle bundle, DateOnly asOf)
    {
        var scorer = new HandWrittenScorer(bundle);
        return chunk => Parallel(chunk, input =>
        {
            var (category, ratio) = scorer.Score(input, asOf);
            return (category + "|" + ratio.ToString("R", CultureInfo.InvariantCulture), (string?)null);
        });
    }

    private static (string, string?) Describe(Outcome o)
        => (o.Category + "|" + o.Ratio.ToString("R", CultureInfo.InvariantCulture),
            string.Join('|', o.SafetyScore.ToString("R", CultureInfo.InvariantCulture), o.SafetyLevel,
                o.CreditScore.ToString("R", CultureInfo.InvariantCulture), o.CreditClass, o.Category, o.Ratio.ToString("R", CultureInfo.InvariantCulture),
                o.MinCount.ToString(CultureInfo.InvariantCulture), o.Regime, o.Error ?? ""));

    /// <summary>Scores a chunk on all cores, results in input order, as the engine does.</summary>
    private static T[] Parallel<T>(EnterpriseInput[] chunk, Func<EnterpriseInput, T> score)
    {
        var results = new T[chunk.Length];
        System.Threading.Tasks.Parallel.For(0, chunk.Length, i => results[i] = score(chunk[i]));
        return results;
    }

    private static EnterpriseInput[] Take(IEnumerator<EnterpriseInput> inputs, int count)
    {
        var chunk = new List<EnterpriseInput>(count);
        while (chunk.Count < count && inputs.MoveNext())
        {
            chunk.Add(inputs.Current);
        }

        return [.. chunk];
    }
}
