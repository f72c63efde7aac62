using System.Globalization;
using System.Text;
using Supervision.Model.Import;

namespace Supervision.Data.Import;

/// <summary>The encoding a file is read with, and how its lines voted for it.</summary>
/// <param name="Name">Name for the import report.</param>
/// <param name="ReaderEncoding">Encoding to give CsvHelper, or null to let it honour the BOM and assume UTF-8.</param>
/// <param name="Warning">Set when some lines are not in the encoding chosen (they are rejected).</param>
public sealed record DetectedEncoding(string Name, Encoding? ReaderEncoding, string? Warning)
{
    /// <summary>The file's lines with non-ASCII text, by encoding.</summary>
    public EncodingLineCounts Lines { get; init; } = EncodingLineCounts.None;

    public bool IsGb18030 => Name == TextEncodingDetector.Gb18030Name;

    /// <summary>True when some lines with non-ASCII text are UTF-8 and others are not.</summary>
    public bool Inconsistent => Lines.Utf8Lines > 0 && Lines.NotUtf8Lines > 0;

    /// <summary>Lines not in the chosen encoding: each is a rejected row (or a rejected header).</summary>
    public long MismatchedLines => IsGb18030 ? Lines.Utf8Lines + Lines.NeitherLines : Name == TextEncodingDetector.Utf8 ? Lines.NotUtf8Lines : 0;

    /// <summary>Lines with non-ASCII text that are in the chosen encoding.</summary>
    public long MatchingLines => IsGb18030 ? Lines.NotUtf8Lines - Lines.NeitherLines : Lines.Utf8Lines;

    /// <summary>Why a line is refused, in the same words whichever way the file is read (whole or in slices).</summary>
    public string Describe(LineEncodingProblem problem)
    {
        var others = MatchingLines.ToString("N0", CultureInfo.InvariantCulture);
        var at = (problem.ByteOffset + 1).ToString(CultureInfo.InvariantCulture);
        return (IsGb18030, problem.Kind) switch
        {
            (false, _) => $"bytes not valid UTF-8 at byte {at} of the line, although the file is UTF-8 by its other {others} line(s) " +
                "with non-ASCII text: was this line pasted from a Latin-1 or GB18030 file?",
            (true, LineKind.Utf8) => $"the line is UTF-8, although the file is GB18030 by its other {others} line(s) with non-ASCII text: " +
                "was this line pasted from a UTF-8 file?",
            _ => $"bytes valid neither in GB18030, the file's encoding, nor in UTF-8 at byte {at} of the line",
        };
    }
}
