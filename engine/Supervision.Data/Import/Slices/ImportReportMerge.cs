using Supervision.Model.Import;

namespace Supervision.Data.Import.Slices;

/// <summary>Adds up the import reports of a file's slices into the report of the whole file.</summary>
public static class ImportReportMerge
{
    /// <summary>
    /// One report per file, in the order files first appear: counts summed, issues in line order. Issues about the
    /// file as a whole (encoding, header) appear in every slice's report and are kept once, and so is
    /// <see cref="ImportReport.EncodingInconsistent"/>.
    /// </summary>
    public static IReadOnlyList<ImportReport> Merge(IEnumerable<ImportReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var merged = new List<ImportReport>();
        var byFile = new Dictionary<string, int>(StringComparer.Ordinal);
        var issues = new List<List<ImportIssue>>();
        foreach (var report in reports)
        {
            if (!byFile.TryGetValue(report.File, out var index))
            {
                byFile.Add(report.File, index = merged.Count);
                merged.Add(report with { Read = 0, Accepted = 0, Rejected = 0, Issues = [] });
                issues.Add([]);
            }

            var sum = merged[index];
            merged[index] = sum with
            {
                Read = sum.Read + report.Read,
                Accepted = sum.Accepted + report.Accepted,
                Rejected = sum.Rejected + report.Rejected,

                // A file-level fact every slice reports the same; or-ed all the same, so that no slice can hide it.
                EncodingInconsistent = sum.EncodingInconsistent || report.EncodingInconsistent,
            };
            issues[index].AddRange(report.Issues);
        }

        return [.. merged.Select((report, i) => report with { Issues = [.. issues[i].Distinct().OrderBy(issue => issue.Line)] })];
    }
}
