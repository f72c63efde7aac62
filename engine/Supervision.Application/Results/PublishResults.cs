using System.Globalization;
using Supervision.Application.Publication;
using Supervision.Data.Results;
using Supervision.Draws.Calendar;
using Supervision.Draws.Record;
using Supervision.Storage;

namespace Supervision.Application.Results;

/// <summary>
/// 三公开 of the results: the results notice of a draw (each result within its statutory deadline counted in working
/// days, the late ones marked 逾期公示, the tasks without a result past their deadline listed), and, with a database, its
/// files' hashes in the audit log.
/// </summary>
public static class PublishResults
{
    /// <summary>The files of a results publication that are made public.</summary>
    public static readonly IReadOnlyList<string> NoticeFiles = ["results-notice.csv", "results-notice.html", "publication-status.csv"];

    /// <summary>Writes the notice of <paramref name="record"/>'s results into <paramref name="outputDirectory"/>.</summary>
    public static ResultsPublication Write(
        DrawRecord record, string resultsPath, string decisionsPath, WorkingDayCalendar calendar, DateOnly asOf, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(record);
        var imported = ResultImporter.Import(resultsPath, record);
        var (published, overdue, missing) = ResultsNoticeWriter.Write(outputDirectory, record, imported.Rows, DecisionCsv.Read(decisionsPath), calendar, asOf);
        return new ResultsPublication(record.DrawId, asOf, imported.Report, published, overdue, missing, outputDirectory);
    }

    /// <summary>Appends the publication's file hashes to the audit log.</summary>
    public static Task AuditAsync(Database database, TimeProvider clock, ResultsPublication publication, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publication);
        return PublicationAudit.AppendAsync(database, clock, publication.DrawId, publication.Directory, NoticeFiles,
            new
            {
                kind = "results",
                as_of = publication.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                published = publication.Published,
                overdue = publication.Overdue,
                missing = publication.Missing,
            },
            cancellationToken);
    }
}
