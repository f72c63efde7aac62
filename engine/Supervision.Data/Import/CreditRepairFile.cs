using System.Globalization;
using Supervision.Model.Import;
using Supervision.Model.Registry;

namespace Supervision.Data.Import;

/// <summary>
/// Adds one application to a data directory's credit-repairs.csv, whole or not at all: the file with the new row is
/// written next to it, imported as every night imports it, and renamed into place only when the new row is accepted.
/// </summary>
public static class CreditRepairFile
{
    private static long _temporaries;

    /// <summary>Appends <paramref name="application"/>; returns the importer's reasons for refusing it (nothing written), or none.</summary>
    /// <param name="dataDirectory">The data directory.</param>
    /// <param name="application">The application.</param>
    /// <param name="decision">approved, rejected, or null while pending.</param>
    public static IReadOnlyList<ImportIssue> Append(string dataDirectory, ListApplication application, string? decision)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);
        ArgumentNullException.ThrowIfNull(application);
        var path = Path.Combine(dataDirectory, CreditRepairImporter.FileName);
        // Private to this process and call: concurrent recorders each write their own and the last rename wins whole.
        var temporary = Path.Combine(dataDirectory, $".{CreditRepairImporter.FileName}.{Environment.ProcessId}.{Interlocked.Increment(ref _temporaries)}.tmp");
        try
        {
            // The line the new row starts on: one past the lines already in the file (the header when it is new).
            long newLine;
            using (var stream = File.Create(temporary))
            {
                if (File.Exists(path))
                {
                    var existing = File.ReadAllBytes(path);
                    stream.Write(existing);
                    if (existing.Length > 0 && existing[^1] != (byte)'\n')
                    {
                        // A last record without its line end would otherwise swallow the new row.
                        stream.Write("\r\n"u8);
                    }

                    newLine = existing.Count(b => b == (byte)'\n') + (existing.Length > 0 && existing[^1] != (byte)'\n' ? 2 : 1);
                    SafeCsvWriter.Append(stream, [Row(application, decision)]);
                }
                else
                {
                    newLine = 2;
                    SafeCsvWriter.Write(stream, [.. CreditRepairImporter.Columns.Select(c => c.Name)], [Row(application, decision)]);
                }

                stream.Flush(flushToDisk: true);
            }

            var imported = CreditRepairImporter.Import(temporary);
            var refused = imported.Report.Issues.Where(i => i.Severity == IssueSeverity.Error && i.Line == newLine)
                .Select(i => i with { File = path }).ToList();
            if (refused.Count > 0)
            {
                return refused;
            }

            File.Move(temporary, path, overwrite: true);
            return [];
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static string?[] Row(ListApplication a, string? decision) =>
    [
        a.Uscc,
        a.List == CreditRecordType.Blacklist ? "blacklist" : "abnormal_operation",
        a.ListingDocumentNo,
        Date(a.AppliedOn),
        a.DecidedOn is { } d ? Date(d) : "",
        Flag(a.PenaltiesFulfilled),
        Flag(a.HarmRemoved),
        Flag(a.CommitmentSigned),
        Flag(a.Corrected),
        decision ?? "",
        a.DecisionNo,
    ];

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "true" : "false";
}
