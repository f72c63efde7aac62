using Supervision.Data.Import;
using Supervision.Data.Results;
using Supervision.Draws.Record;
using Supervision.Model.Import;

namespace Supervision.Application.Results;

/// <summary>A results file checked against its draw by <see cref="ImportResults"/>.</summary>
/// <param name="Record">The draw the results answer.</param>
/// <param name="Imported">The accepted results and the row-level report.</param>
public sealed record ResultsImport(DrawRecord Record, ImportResult<InspectionResult> Imported)
{
    /// <summary>
    /// Why nothing of the file can be read (an empty file, a required column missing, and no row): a file with nothing
    /// to reject is not a file whose every row was accepted. Null when it could be read.
    /// </summary>
    public ImportIssue? Unreadable => Imported.Report.Read == 0 ? Imported.Report.Issues.FirstOrDefault(i => i.Severity == IssueSeverity.Error) : null;
}
