using Supervision.Model.Import;
using Supervision.Model.Indicators;

namespace Supervision.Data.Import;

/// <summary>Loads the input files of one run from a directory.</summary>
internal static class PopulationLoader
{
    public const string EnterprisesFile = "enterprises.csv";
    public const string SafetyIndicatorsFile = "safety-indicators.csv";
    public const string CreditRecordsFile = "credit-records.csv";
    public const string InspectionsFile = "inspections.csv";
    public const string InspectorsFile = "inspectors.csv";
    public const string LearnedRiskFile = "learned-risk.csv";

    /// <summary>
    /// Imports the registry, then the other files, rejecting their rows whose USCC is not an accepted registry row.
    /// </summary>
    /// <param name="directory">Directory holding the files, under the names of the constants of this class.</param>
    /// <param name="indicatorColumns">Indicator columns declared by the rule bundle.</param>
    /// <param name="learnedRisk">True when the bundle reads learned_violation_risk: learned-risk.csv is then loaded too.</param>
    /// <exception cref="FileNotFoundException">The directory has no enterprises.csv.</exception>
    public static Population Load(string directory, IReadOnlyList<IndicatorColumn> indicatorColumns, bool learnedRisk = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(indicatorColumns);

        var registryPath = Path.Combine(directory, EnterprisesFile);
        if (!File.Exists(registryPath))
        {
            throw new FileNotFoundException($"The enterprise registry '{registryPath}' does not exist; it is required.", registryPath);
        }

        var enterprises = EnterpriseImporter.Import(registryPath);
        var known = enterprises.Rows.Select(e => e.Uscc).ToHashSet(StringComparer.Ordinal);
        // The other files are independent of each other once the registry is known: read them side by side. Each
        // import is deterministic on its own, so the result does not depend on which finishes first.
        var indicatorsTask = Task.Run(() => LoadOptional(
            directory, SafetyIndicatorsFile, "indicator values", path => SafetyIndicatorImporter.Import(path, indicatorColumns, known)));
        var creditTask = Task.Run(() => LoadOptional(directory, CreditRecordsFile, "credit records", path => CreditRecordImporter.Import(path, known)));
        var inspectionsTask = Task.Run(() => LoadOptional(directory, InspectionsFile, "inspection history", path => InspectionImporter.Import(path, known)));
        var inspectors = LoadOptional(directory, InspectorsFile, "inspectors", InspectorImporter.Import);
        var (indicators, credit, inspections) = (indicatorsTask.GetAwaiter().GetResult(), creditTask.GetAwaiter().GetResult(), inspectionsTask.GetAwaiter().GetResult());

        // Read only when the bundle declares the indicator, so that runs of other bundles report exactly the files they use.
        var learned = learnedRisk
            ? LoadOptional(directory, LearnedRiskFile, "learned risk (the indicator keeps its default)", path => SafetyIndicatorImporter.Import(
                path, [new IndicatorColumn("learned_violation_risk", IndicatorType.Number, [], 0, 1)], known, ["model_id", "reasons"]))
            : null;
        return new Population(
            enterprises.Rows,
            indicators.Rows.ToDictionary(row => row.Uscc, row => row.Values, StringComparer.Ordinal),
            credit.Rows.ToLookup(record => record.Uscc, StringComparer.Ordinal),
            inspections.Rows.ToLookup(inspection => inspection.Uscc, StringComparer.Ordinal),
            inspectors.Rows,
            [enterprises.Report, indicators.Report, credit.Report, inspections.Report, inspectors.Report, .. learned is null ? [] : new[] { learned.Report }])
        {
            IndicatorColumns = indicatorColumns,
            LearnedRisk = learned is null
                ? new Dictionary<string, double>()
                : learned.Rows.Where(r => r.Values[0] is double).ToDictionary(r => r.Uscc, r => (double)r.Values[0]!, StringComparer.Ordinal),
        };
    }

    private static ImportResult<T> LoadOptional<T>(string directory, string fileName, string what, Func<string, ImportResult<T>> import)
    {
        var path = Path.Combine(directory, fileName);
        if (File.Exists(path))
        {
            return import(path);
        }

        var issue = new ImportIssue(path, 0, null, $"file not found: no {what} loaded", IssueSeverity.Warning);
        return new ImportResult<T>([], new ImportReport(path, "none", 0, 0, 0, [issue]));
    }
}
