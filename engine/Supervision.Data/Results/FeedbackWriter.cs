using Supervision.Data.Import;
using Supervision.Model.Import;
using Supervision.Rules.Tolerance;

namespace Supervision.Data.Results;

/// <summary>
/// Writes what the next night's scoring reads: a copy of the input directory with the results appended — one
/// inspections.csv row per result (violation_found when a finding counts as the list says) and one penalty row in
/// credit-records.csv per penalised finding (ordinary, mitigated or lighter), one abnormal_operation row per result whose
/// category lists the enterprise (<see cref="ResultCategory.AbnormalListBasis"/>: false information, unreachable), and hidden hazards left unrectified past
/// their deadline added to the safety indicator the list names — plus the appended rows alone for review.
/// The directory is built beside the target and renamed into place, so a crash never leaves half a directory.
/// </summary>
public static class FeedbackWriter
{
    public const string NextData = "next-data";

    private static readonly string[] InspectionHeader = ["inspection_id", "uscc", "date", "department", "inspectors", "violation_found", "items"];
    private static readonly string[] CreditHeader = ["uscc", "record_type", "start_date", "end_date", "grade", "amount", "document_no", "basis"];

    /// <returns>Inspection rows, penalty rows and abnormal-list rows appended, enterprises whose hidden-hazard indicator was raised.</returns>
    public static (int Inspections, int Penalties, int Listings, int Hazards) Write(string dataDirectory, string outDirectory, IReadOnlyList<InspectionResult> results,
        IReadOnlyList<DecidedFinding> decided, ToleranceSettings settings, DateOnly asOf)
    {
        var target = Path.Combine(outDirectory, NextData);
        var building = target + ".building";
        if (Directory.Exists(building))
        {
            Directory.Delete(building, recursive: true);
        }

        Directory.CreateDirectory(building);
        // Every input file, so that the copy is a whole night's input (triggers and learned risk included).
        foreach (var file in InputFiles.All.Select(f => f.Name).Where(f => File.Exists(Path.Combine(dataDirectory, f))))
        {
            File.Copy(Path.Combine(dataDirectory, file), Path.Combine(building, file));
        }

        var byTask = decided.ToLookup(d => d.Result.TaskId, StringComparer.Ordinal);
        var inspections = results.OrderBy(r => r.Date).ThenBy(r => r.TaskId, StringComparer.Ordinal).Select(r => (IReadOnlyList<string?>)
        [
            r.TaskId, r.Uscc, DecisionCsv.Iso(r.Date), r.Department, string.Join(';', r.Inspectors),
            byTask[r.TaskId].Any(d => d.Decision.CountsAsViolation) ? "true" : "false", string.Join(';', r.ItemsChecked),
        ]).ToList();
        var penalties = decided.Where(d => d.Decision.IsPenalised).Select(d => (IReadOnlyList<string?>)
        [
            d.Result.Uscc, "penalty", DecisionCsv.Iso(asOf), "", "", "", $"检查结果 {d.Decision.FindingId}",
            d.Decision.PenaltyBasis.Length > 0 ? d.Decision.PenaltyBasis : $"检查发现违法行为 {d.Finding.ViolationCode}，依法处罚",
        ]).ToList();
        // Listed from the decision date, without an end: removal is its own decision (the list's lifecycle).
        var listings = results.Where(r => r.Category?.AbnormalListBasis is not null).OrderBy(r => r.TaskId, StringComparer.Ordinal)
            .Select(r => (IReadOnlyList<string?>)[r.Uscc, "abnormal_operation", DecisionCsv.Iso(asOf), "", "", "", $"检查结果 {r.TaskId}", r.Category!.AbnormalListBasis]).ToList();
        var credit = penalties.Concat(listings).ToList();
        AppendOrCreate(Path.Combine(building, PopulationLoader.InspectionsFile), InspectionHeader, inspections);
        AppendOrCreate(Path.Combine(building, PopulationLoader.CreditRecordsFile), CreditHeader, credit);
        var hazards = settings.HiddenHazardIndicator is { } indicator
            ? HiddenHazardFeedback.Apply(Path.Combine(building, PopulationLoader.SafetyIndicatorsFile), indicator, HiddenHazardFeedback.Open(decided, settings, asOf))
            : 0;
        SafeCsvWriter.Write(Path.Combine(outDirectory, "feedback-inspections.csv"), InspectionHeader, inspections);
        SafeCsvWriter.Write(Path.Combine(outDirectory, "feedback-credit-records.csv"), CreditHeader, credit);
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        Directory.Move(building, target);
        return (inspections.Count, penalties.Count, listings.Count, hazards);
    }

    private static void AppendOrCreate(string path, string[] header, List<IReadOnlyList<string?>> rows)
    {
        if (File.Exists(path))
        {
            SafeCsvWriter.Append(path, rows);
        }
        else
        {
            SafeCsvWriter.Write(path, header, rows);
        }
    }
}
