using System.Globalization;
using Supervision.Application.Learning;
using Supervision.Data.Import;
using Supervision.Learning.Evaluation;
using Supervision.Learning.Features;
using Supervision.Learning.Tables;
using Supervision.Rules.Compilation;

namespace Supervision.Cli.Commands;

/// <summary>What the `ml` verbs read: the inspection history of a data directory, or a ready feature table.</summary>
internal static class MlInputs
{
    /// <summary>The examples, or null (with the reason on stderr and <paramref name="exitCode"/> set) when they cannot be read.</summary>
    public static InspectionDataset? Load(string? table, TableRoles roles, string dataDir, string rulesDir, out CompiledBundle? bundle, out int exitCode)
    {
        bundle = null;
        exitCode = ExitCodes.Ok;
        if (table is not null)
        {
            return LoadTable(table, roles, requireLabel: true, features: null, out exitCode);
        }

        var population = LoadPopulation(dataDir, rulesDir, out bundle, out exitCode);
        if (population is null)
        {
            return null;
        }

        Console.Error.WriteLine($"building one example per inspection ({population.Inspections.Sum(g => g.Count()):N0}) as of the day before it …");
        return LearningData.FromHistory(population, bundle!, dataDir);
    }

    /// <summary>
    /// A feature table's examples, with its rejected rows and what each column became on stderr; null (exit code set)
    /// when the file is missing or the table is refused as a whole.
    /// </summary>
    public static InspectionDataset? LoadTable(string table, TableRoles roles, bool requireLabel, IReadOnlyList<string>? features, out int exitCode)
    {
        if (!File.Exists(table))
        {
            Console.Error.WriteLine($"'{table}' not found: --table must name a feature table CSV");
            exitCode = ExitCodes.MissingInput;
            return null;
        }

        var read = LearningData.FromTable(table, roles, requireLabel, features);
        // A table refused before any row was read (a role naming a missing column) has no rows or columns to report.
        var rowsRead = read.Report.Accepted + read.Report.Rejected > 0;
        if (rowsRead || read.Refusal is null)
        {
            ImportReportFormatter.Write(Console.Error, [read.Report]);
            Console.Error.WriteLine($"{table}: columns");
            foreach (var line in read.Describe())
            {
                Console.Error.WriteLine(line);
            }
        }

        if (read.Refusal is { } refusal)
        {
            Console.Error.WriteLine($"{table}: refused: {refusal}");
            exitCode = ExitCodes.MissingInput;
            return null;
        }

        var unlabelled = read.Dataset.Examples.Count(e => e.Label is null);
        if (requireLabel && unlabelled > 0)
        {
            Console.Error.WriteLine($"{table}: {unlabelled:N0} row(s) without a label: read for the history features of later rows, neither learned from nor tested on");
        }

        exitCode = read.Report.Rejected > 0 ? ExitCodes.CompletedWithProblems : ExitCodes.Ok;
        return read.Dataset;
    }

    public static Population? LoadPopulation(string dataDir, string rulesDir, out CompiledBundle? bundle, out int exitCode)
    {
        bundle = BundleLoading.Load(rulesDir, "nothing was learned or scored");
        if (bundle is null)
        {
            exitCode = BundleLoading.FailureCode(rulesDir);
            return null;
        }

        if (!File.Exists(Path.Combine(dataDir, PopulationLoader.EnterprisesFile)))
        {
            Console.Error.WriteLine($"'{Path.Combine(dataDir, PopulationLoader.EnterprisesFile)}' not found: --data must name a directory with enterprises.csv");
            exitCode = ExitCodes.MissingInput;
            return null;
        }

        var population = LearningData.Records(dataDir, bundle);
        ImportReportFormatter.Write(Console.Error, population.Reports);
        exitCode = population.Reports.Sum(r => r.Rejected) > 0 ? ExitCodes.CompletedWithProblems : ExitCodes.Ok;
        return population;
    }

    /// <summary>The split the options ask for: at --split-date, else the latest --test-share of the inspections.</summary>
    public static TemporalSplit? Split(InspectionDataset dataset, string? splitDate, double testShare)
    {
        if (splitDate is null)
        {
            return TemporalSplit.Latest(dataset, testShare);
        }

        if (!DateOnly.TryParseExact(splitDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var boundary))
        {
            Console.Error.WriteLine($"--split-date '{splitDate}' is not a date; use yyyy-MM-dd");
            return null;
        }

        return TemporalSplit.At(dataset, boundary);
    }


    public static string Row(ScorerMetrics m) => string.Create(CultureInfo.InvariantCulture,
        $"{m.Scorer,-18} AUC {m.Auc:0.000}  AUPRC {m.Auprc:0.000}  Brier {(m.Brier is { } b ? b.ToString("0.0000", CultureInfo.InvariantCulture) : "   —  ")}  lift@10% {m.Lift10:0.00}  lift@20% {m.Lift20:0.00}  days earlier mean {m.DaysEarlierMean,6:0.0} median {m.DaysEarlierMedian,6:0.0}");
}
