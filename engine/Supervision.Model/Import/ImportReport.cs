namespace Supervision.Model.Import;

/// <summary>Accounting for one imported file: every data row read is either accepted or rejected.</summary>
/// <param name="File">Path of the file.</param>
/// <param name="Encoding">Encoding the file was read with (UTF-8 or GB18030).</param>
/// <param name="Read">Data rows read (header excluded).</param>
/// <param name="Accepted">Rows accepted.</param>
/// <param name="Rejected">Rows rejected, each with at least one error issue.</param>
/// <param name="Issues">Every issue found, in file order.</param>
public sealed record ImportReport(
    string File,
    string Encoding,
    long Read,
    long Accepted,
    long Rejected,
    IReadOnlyList<ImportIssue> Issues)
{
    /// <summary>
    /// True when the file mixes encodings: some lines with non-ASCII text are UTF-8 and others are not. The file was read
    /// in the encoding of most of them and the others were rejected; a draw must not trust such a file.
    /// </summary>
    public bool EncodingInconsistent { get; init; }

    /// <summary>True when the totals add up: read = accepted + rejected.</summary>
    public bool IsBalanced => Read == Accepted + Rejected;

    public override string ToString()
        => $"{File} ({Encoding}): read {Read}, accepted {Accepted}, rejected {Rejected}";
}
