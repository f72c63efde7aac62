using CsvHelper;
using Supervision.Data.Import;
using Supervision.Model.Registry;

namespace Supervision.Synthetic;

/// <summary>
/// Writes a synthetic population as the five input files that <see cref="PopulationLoader"/> reads: UTF-8 with a byte
/// order mark, CRLF, ISO dates, lists separated by ';'. The same options give byte-identical files.
/// </summary>
/// <remarks>Enterprises are streamed: memory does not grow with the count, only the inspector directory does (count/20).</remarks>
public static class SyntheticWriter
{
    public static IReadOnlyList<string> EnterpriseHeader { get; } =
        ["uscc", "name", "industry_code", "region", "district", "grid", "registration_date", "status", "new_business_form"];

    public static IReadOnlyList<string> CreditRecordHeader { get; } =
        ["uscc", "record_type", "start_date", "end_date", "grade", "amount", "document_no", "basis"];

    public static IReadOnlyList<string> InspectionHeader { get; } =
        ["inspection_id", "uscc", "date", "department", "inspectors", "violation_found", "items"];

    public static IReadOnlyList<string> InspectorHeader { get; } =
        ["inspector_id", "name", "department", "certificate_no", "certificate_valid_to", "region", "certifications", "conflicts"];

    /// <summary>Creates <paramref name="directory"/> if needed and (over)writes the six files in it.</summary>
    /// <param name="directory">Output directory.</param>
    /// <param name="options">What to generate.</param>
    /// <param name="progress">Told the number of enterprises written, every 10,000 and at the end.</param>
    public static SyntheticSummary Write(string directory, SyntheticOptions options, IProgress<int>? progress = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(options);
        var generator = new PopulationGenerator(options);
        Directory.CreateDirectory(directory);

        var levels = ScoreBands.SafetyLevels.ToDictionary(l => l, _ => 0, StringComparer.Ordinal);
        var classes = ScoreBands.CreditClasses.ToDictionary(c => c, _ => 0, StringComparer.Ordinal);
        int enterprises = 0, creditRecords = 0, inspections = 0, applications = 0, complaints = 0, approvals = 0;
        using (var registry = Open(directory, PopulationLoader.EnterprisesFile, EnterpriseHeader))
        using (var safety = Open(directory, PopulationLoader.SafetyIndicatorsFile, ["uscc", .. options.SafetyColumns.Select(c => c.Name)]))
        using (var credit = Open(directory, PopulationLoader.CreditRecordsFile, CreditRecordHeader))
        using (var visits = Open(directory, PopulationLoader.InspectionsFile, InspectionHeader))
        using (var repairs = Open(directory, PopulationLoader.CreditRepairsFile, [.. CreditRepairImporter.Columns.Select(c => c.Name)]))
        using (var received = Open(directory, PopulationLoader.ComplaintsFile, [.. ComplaintImporter.Columns.Select(c => c.Name)]))
        using (var granted = Open(directory, PopulationLoader.ApprovalsFile, [.. ApprovalImporter.Columns.Select(c => c.Name)]))
        {
            foreach (var generated in generator.Enterprises())
            {
                WriteEnterprise(registry, generated.Enterprise);
                WriteSafety(safety, generated, options);
                generated.CreditRecords.ToList().ForEach(r => WriteCredit(credit, r));
                generated.Inspections.ToList().ForEach(i => WriteInspection(visits, i));
                generated.ListApplications.ToList().ForEach(a => WriteApplication(repairs, a));
                applications += generated.ListApplications.Count;
                generated.Complaints.ToList().ForEach(c => WriteComplaint(received, c));
                complaints += generated.Complaints.Count;
                generated.Approvals.ToList().ForEach(a => WriteApproval(granted, a));
                approvals += generated.Approvals.Count;
                creditRecords += generated.CreditRecords.Count;
                inspections += generated.Inspections.Count;
                if (!generated.Intended.MissingValues)
                {
                    levels[generated.Intended.SafetyLevel]++;
                }

                classes[generated.Intended.CreditClass]++;
                if (++enterprises % 10_000 == 0)
                {
                    progress?.Report(enterprises);
                }
            }

            foreach (var writer in (CsvWriter[])[registry, safety, credit, visits, repairs, received, granted])
            {
                writer.Flush();
            }
        }

        using (var staff = Open(directory, PopulationLoader.InspectorsFile, InspectorHeader))
        {
            foreach (var inspector in generator.Inspectors)
            {
                WriteInspector(staff, inspector);
            }

            staff.Flush();
        }

        progress?.Report(enterprises);
        return new SyntheticSummary(enterprises, creditRecords, inspections, generator.Inspectors.Count, levels, classes) { ListApplications = applications, Complaints = complaints, Approvals = approvals };
    }

    private static CsvWriter Open(string directory, string fileName, IReadOnlyList<string> header)
    {
        var writer = CsvWriter.Create(File.Create(Path.Combine(directory, fileName)), SafeCsvWriter.Options, leaveOpen: false);
        Row(writer, header);
        return writer;
    }

    private static void WriteEnterprise(CsvWriter writer, Enterprise e) => Row(writer,
    [
        e.Uscc, e.Name, e.IndustryCode, e.Region, e.District, e.Grid, CsvCells.Date(e.RegistrationDate), CsvCells.Status(e.Status), CsvCells.Boolean(e.NewBusinessForm),
    ]);

    private static void WriteSafety(CsvWriter writer, GeneratedEnterprise generated, SyntheticOptions options)
    {
        writer.WriteField(generated.Enterprise.Uscc);
        for (var c = 0; c < options.SafetyColumns.Count; c++)
        {
            writer.WriteField(CsvCells.Indicator(options.SafetyColumns[c], generated.SafetyValues[c]));
        }

        writer.EndRecord();
    }

    private static void WriteCredit(CsvWriter writer, CreditRecord r) => Row(writer,
    [
        r.Uscc, CsvCells.RecordType(r.Type), CsvCells.Date(r.StartDate), CsvCells.Date(r.EndDate), r.Grade, CsvCells.Amount(r.Amount), r.DocumentNo, r.Basis,
    ]);

    // The decision column says what the list rules decide on the decision date, as `credit repair` would have written it.
    private static void WriteApplication(CsvWriter writer, ListApplication a) => Row(writer,
    [
        a.Uscc, CsvCells.RecordType(a.List), a.ListingDocumentNo, CsvCells.Date(a.AppliedOn), CsvCells.Date(a.DecidedOn),
        CsvCells.Boolean(a.PenaltiesFulfilled), CsvCells.Boolean(a.HarmRemoved), CsvCells.Boolean(a.CommitmentSigned), CsvCells.Boolean(a.Corrected),
        a.DecidedOn is null ? "" : a.Corrected || a.CommitmentSigned ? "approved" : "rejected", a.DecisionNo,
    ]);

    private static void WriteComplaint(CsvWriter writer, Complaint c) => Row(writer,
    [
        c.Reference, c.Uscc, CsvCells.Date(c.Date), c.Channel, c.Matter, CsvCells.Boolean(c.Verified),
    ]);

    private static void WriteApproval(CsvWriter writer, Approval a) => Row(writer,
    [
        a.ApprovalNo, a.Uscc, a.Kind == ApprovalKind.Commitment ? "commitment" : "credit", a.Matter, a.Department, CsvCells.Date(a.GrantedOn),
        CsvCells.List(a.CommitmentItems), CsvCells.Date(a.VerifiedOn), a.CommitmentTrue switch { true => "true", false => "false", null => "" },
    ]);

    private static void WriteInspection(CsvWriter writer, InspectionRecord i) => Row(writer,
    [
        i.InspectionId, i.Uscc, CsvCells.Date(i.Date), i.Department, CsvCells.List(i.Inspectors), CsvCells.Boolean(i.ViolationFound), CsvCells.List(i.Items),
    ]);

    private static void WriteInspector(CsvWriter writer, Inspector i) => Row(writer,
    [
        i.InspectorId, i.Name, i.Department, i.CertificateNo, CsvCells.Date(i.CertificateValidTo), i.Region,
        CsvCells.List(i.Certifications), CsvCells.List(i.Conflicts),
    ]);

    private static void Row(CsvWriter writer, IReadOnlyList<string?> cells)
    {
        foreach (var cell in cells)
        {
            writer.WriteField(cell);
        }

        writer.EndRecord();
    }
}
