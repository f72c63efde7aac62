using Supervision.Model.Import;
using Supervision.Model.Indicators;
using Supervision.Model.Registry;

namespace Supervision.Data.Import;

/// <summary>Loads the input files of one run from a directory.</summary>
public static class PopulationLoader
{
    public const string EnterprisesFile = InputFiles.Enterprises;
    public const string SafetyIndicatorsFile = InputFiles.SafetyIndicators;
    public const string CreditRecordsFile = InputFiles.CreditRecords;
    public const string InspectionsFile = InputFiles.Inspections;
    public const string InspectorsFile = InputFiles.Inspectors;
    public const string LearnedRiskFile = InputFiles.LearnedRisk;
    public const string CreditRepairsFile = InputFiles.CreditRepairs;
    public const string ComplaintsFile = InputFiles.Complaints;
    public const string ApprovalsFile = InputFiles.Approvals;

    /// <summary>
    /// The inspection history of <paramref name="directory"/> alone (inspections.csv, every row checked as the night checks
    /// it, rejected rows in the report), for the reports' coverage; an empty result when the file is missing.
    /// </summary>
    public static ImportResult<InspectionRecord> LoadInspections(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        return LoadOptional(new DirectorySource(directory), InspectionsFile, "inspection history", file => InspectionImporter.Import(file));
    }

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
        return Load(new DirectorySource(directory), indicatorColumns, learnedRisk, withInspectors: true);
    }

    /// <summary>Imports the files of <paramref name="source"/>; see the other overload.</summary>
    /// <param name="source">The files: a directory, or one chunk's slices.</param>
    /// <param name="indicatorColumns">Indicator columns declared by the rule bundle.</param>
    /// <param name="learnedRisk">True when the bundle reads learned_violation_risk.</param>
    /// <param name="withInspectors">False for a chunk of a nightly run: the draws read the inspectors, the chunk does not.</param>
    /// <exception cref="FileNotFoundException">The source has no enterprises.csv.</exception>
    public static Population Load(IInputSource source, IReadOnlyList<IndicatorColumn> indicatorColumns, bool learnedRisk, bool withInspectors)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(indicatorColumns);

        var registry = source.Find(EnterprisesFile)
            ?? throw new FileNotFoundException(
                $"The enterprise registry '{source.PathOf(EnterprisesFile)}' does not exist; it is required.", source.PathOf(EnterprisesFile));
        var enterprises = EnterpriseImporter.Import(registry);
        // Sized up front: grown by doubling, a chunk's fifty thousand USCCs cost a series of large arrays.
        var known = new HashSet<string>(enterprises.Rows.Count, StringComparer.Ordinal);
        for (var i = 0; i < enterprises.Rows.Count; i++)
        {
            known.Add(enterprises.Rows[i].Uscc);
        }

        // The other files are independent of each other once the registry is known: read them side by side. Each
        // import is deterministic on its own, so the result does not depend on which finishes first.
        var indicatorsTask = Task.Run(() => LoadOptional(
            source, SafetyIndicatorsFile, "indicator values", file => SafetyIndicatorImporter.Import(file, indicatorColumns, known)));
        var creditTask = Task.Run(() => LoadOptional(source, CreditRecordsFile, "credit records", file => CreditRecordImporter.Import(file, known)));
        var inspectionsTask = Task.Run(() => LoadOptional(source, InspectionsFile, "inspection history", file => InspectionImporter.Import(file, known)));
        // No application recorded is the usual state, not a missing input: the file is reported only when it is there.
        var repairsTask = Task.Run(() => source.Find(CreditRepairsFile) is { } file ? CreditRepairImporter.Import(file, known) : null);
        var approvalsTask = Task.Run(() => source.Find(ApprovalsFile) is { } file ? ApprovalImporter.Import(file, known) : null);
        var complaintsTask = Task.Run(() => source.Find(ComplaintsFile) is { } file ? ComplaintImporter.Import(file, known) : null);
        var inspectors = withInspectors ? LoadOptional(source, InspectorsFile, "inspectors", InspectorImporter.Import) : null;
        var (indicators, credit, inspections) = (indicatorsTask.GetAwaiter().GetResult(), creditTask.GetAwaiter().GetResult(), inspectionsTask.GetAwaiter().GetResult());
        var repairs = repairsTask.GetAwaiter().GetResult();
        var complaints = complaintsTask.GetAwaiter().GetResult();
        var approvals = approvalsTask.GetAwaiter().GetResult();

        // Read only when the bundle declares the indicator, so that runs of other bundles report exactly the files they use.
        var learned = learnedRisk
            ? LoadOptional(source, LearnedRiskFile, "learned risk (the indicator keeps its default)", file => SafetyIndicatorImporter.Import(
                file, [new IndicatorColumn("learned_violation_risk", IndicatorType.Number, [], 0, 1)], known, ["model_id", "reasons"]))
            : null;
        return new Population(
            enterprises.Rows,
            indicators.Rows.ToDictionary(row => row.Uscc, row => row.Values, StringComparer.Ordinal),
            credit.Rows.ToLookup(record => record.Uscc, StringComparer.Ordinal),
            inspections.Rows.ToLookup(inspection => inspection.Uscc, StringComparer.Ordinal),
            inspectors?.Rows ?? [],
            [enterprises.Report, indicators.Report, credit.Report, inspections.Report, .. inspectors is null ? [] : new[] { inspectors.Report },
                .. learned is null ? [] : new[] { learned.Report }, .. repairs is null ? [] : new[] { repairs.Report },
                .. complaints is null ? [] : new[] { complaints.Report }, .. approvals is null ? [] : new[] { approvals.Report }])
        {
            IndicatorColumns = indicatorColumns,
            ListApplications = (repairs?.Rows ?? []).ToLookup(a => a.Uscc, StringComparer.Ordinal),
            Complaints = (complaints?.Rows ?? []).ToLookup(c => c.Uscc, StringComparer.Ordinal),
            Approvals = (approvals?.Rows ?? []).ToLookup(a => a.Uscc, StringComparer.Ordinal),
            LearnedRisk = learned is null
                ? new Dictionary<string, double>()
                : learned.Rows.Where(r => r.Values[0] is double).ToDictionary(r => r.Uscc, r => (double)r.Values[0]!, StringComparer.Ordinal),
        };
    }

    /// <summary>Imports an optional file, or reports that it is missing.</summary>
    public static ImportResult<T> LoadOptional<T>(IInputSource source, string fileName, string what, Func<InputFile, ImportResult<T>> import)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(import);
        if (source.Find(fileName) is { } file)
        {
            return import(file);
        }

        var path = source.PathOf(fileName);
        var issue = new ImportIssue(path, 0, null, $"file not found: no {what} loaded", IssueSeverity.Warning);
        return new ImportResult<T>([], new ImportReport(path, "none", 0, 0, 0, [issue]));
    }
}
