using System.Text;
using Supervision.Data.Import;
using Supervision.Data.Scoring;
using Supervision.Data.WhatIf;
using Supervision.Rules.Compilation;

namespace Supervision.Application.WhatIf;

/// <summary>
/// What-if, before a bundle is published: the same population scored under the bundle in force and a candidate — the
/// category transition matrix, inspections and workload per category, the rules that fire differently, and every
/// enterprise whose outcome changed with both explanations.
/// </summary>
public sealed class DiffRules(CompiledBundle baseBundle, CompiledBundle candidateBundle)
{
    /// <summary>
    /// Imports <paramref name="dataDirectory"/> with the indicator columns of both bundles; null with
    /// <paramref name="conflict"/> set when the bundles read one column in two incompatible ways.
    /// </summary>
    public Population? Load(string dataDirectory, out string? conflict)
    {
        var columns = IndicatorColumnUnion.Merge(new FactBuilder(baseBundle).SafetyColumns, new FactBuilder(candidateBundle).SafetyColumns, out conflict);
        return columns is null
            ? null
            : PopulationLoader.Load(dataDirectory, columns, new FactBuilder(baseBundle).ReadsLearnedRisk || new FactBuilder(candidateBundle).ReadsLearnedRisk);
    }

    /// <summary>Scores <paramref name="population"/> under both bundles on <paramref name="asOf"/> and compares.</summary>
    public RulesDiffReport Run(Population population, DateOnly asOf, int explanationLimit, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
        => RulesDiff.Run(baseBundle, candidateBundle, population, asOf, explanationLimit, progress, cancellationToken);

    /// <summary>Writes the report's files into <paramref name="outputDirectory"/>: the side-by-side page, the changes and the transitions.</summary>
    /// <param name="report">The comparison.</param>
    /// <param name="dataLabel">How the page names the population compared.</param>
    /// <param name="outputDirectory">Created if needed.</param>
    public static void Write(RulesDiffReport report, string dataLabel, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(outputDirectory);
        File.WriteAllText(Path.Combine(outputDirectory, DiffHtml.File), DiffHtml.Render(report, dataLabel), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        using (var stream = File.Create(Path.Combine(outputDirectory, DiffCsv.ChangesFile)))
        {
            DiffCsv.WriteChanges(stream, report);
        }

        using (var stream = File.Create(Path.Combine(outputDirectory, DiffCsv.TransitionsFile)))
        {
            DiffCsv.WriteTransitions(stream, report.Transitions);
        }
    }
}
