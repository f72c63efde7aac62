namespace Supervision.Model.Import;

/// <summary>
/// How the lines of a file that hold non-ASCII bytes split between encodings: the evidence the file's encoding is
/// decided on, kept with the file's slices so that every chunk of a nightly run decides each line as the whole file does.
/// </summary>
/// <param name="Utf8Lines">Lines with non-ASCII bytes that are valid UTF-8.</param>
/// <param name="NotUtf8Lines">Lines with non-ASCII bytes that are not valid UTF-8 (GB18030, Latin-1, garbage).</param>
/// <param name="NeitherLines">Of <paramref name="NotUtf8Lines"/>, those that are not valid GB18030 either.</param>
public sealed record EncodingLineCounts(long Utf8Lines, long NotUtf8Lines, long NeitherLines)
{
    /// <summary>A file of ASCII lines only (or one whose lines were not classified, such as UTF-16).</summary>
    public static EncodingLineCounts None { get; } = new(0, 0, 0);
}
