namespace Supervision.Model.Import;

/// <summary>
/// A part of one input file that one chunk of a nightly run reads: the file's header line, then the lines of the
/// chunk's enterprises in file order (long slices are cut into several parts; only part 0 carries the header). The
/// nightly run stores the slices with the run, so that a worker on any machine scores its chunk without the files.
/// </summary>
/// <param name="ChunkNo">The chunk, 0-based; <see cref="Global"/> for files every chunk shares (read by the draws).</param>
/// <param name="FileName">The file's name in the data directory, such as <c>credit-records.csv</c>.</param>
/// <param name="Part">0, 1, … in order.</param>
/// <param name="Path">The file's path, as import reports name it.</param>
/// <param name="Encoding">The encoding detected on the whole file (UTF-8, GB18030, UTF-16), for the report.</param>
/// <param name="EncodingWarning">The detector's warning about the whole file, or null.</param>
/// <param name="Content">The lines' bytes: UTF-8, or GB18030 when <paramref name="Encoding"/> is GB18030; no byte order mark.</param>
/// <param name="Lines">For each line of <paramref name="Content"/>, its line number in the file.</param>
/// <param name="Missing">True when the file does not exist (the slice then has no content).</param>
/// <param name="EarlierKeys">
/// Keys that must be unique in the whole file (inspection ids) found on a line of this slice but first on a line of
/// another chunk's slice, so that the chunk rejects the repeat as the whole file's import would.
/// </param>
/// <param name="EarlierLines">For each of <paramref name="EarlierKeys"/>, the line where it appears first.</param>
/// <param name="EncodingLines">
/// The whole file's lines by encoding, from which <paramref name="Encoding"/> was decided; null as none. A chunk needs
/// them to reject a line in the minority encoding with the same words as the whole file's import.
/// </param>
public sealed record InputSlice(
    int ChunkNo, string FileName, int Part, string Path, string Encoding, string? EncodingWarning, ReadOnlyMemory<byte> Content, int[] Lines, bool Missing = false,
    string[]? EarlierKeys = null, int[]? EarlierLines = null, EncodingLineCounts? EncodingLines = null)
{
    /// <summary>The chunk number of files shared by the whole run.</summary>
    public const int Global = -1;
}
