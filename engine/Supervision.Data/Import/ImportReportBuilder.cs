using Supervision.Model.Import;

namespace Supervision.Data.Import;

/// <summary>Counts the rows of one file and collects its issues.</summary>
public sealed class ImportReportBuilder(string file, string encoding)
{
    private readonly List<ImportIssue> issues = [];
    private long accepted;
    private long rejected;

    public string File { get; } = file;

    /// <summary>See <see cref="ImportReport.EncodingInconsistent"/>.</summary>
    public bool EncodingInconsistent { get; init; }

    public void Accept() => accepted++;

    /// <summary>Rejects a row already explained by a file-level error.</summary>
    public void Reject() => rejected++;

    public void Reject(long line, string? column, string reason)
    {
        Error(line, column, reason);
        rejected++;
    }

    public void Reject(IEnumerable<ImportIssue> rowErrors)
    {
        issues.AddRange(rowErrors);
        rejected++;
    }

    public void Error(long line, string? column, string reason)
        => issues.Add(new ImportIssue(File, line, column, reason, IssueSeverity.Error));

    public void Warning(long line, string? column, string reason)
        => issues.Add(new ImportIssue(File, line, column, reason, IssueSeverity.Warning));

    public ImportReport Build()
        => new(File, encoding, accepted + rejected, accepted, rejected, [.. issues.OrderBy(issue => issue.Line)])
        {
            EncodingInconsistent = EncodingInconsistent,
        };
}
