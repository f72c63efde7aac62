using System.Globalization;
using System.Text;
using Supervision.Model.Import;

namespace Supervision.Data.Import;

/// <summary>
/// Tells UTF-8 files (with or without BOM) from GB18030 ones, line by line. Files exported by Chinese editions of Excel
/// and WPS are GB18030 (a superset of GBK) and carry no BOM. Every line with non-ASCII bytes votes: UTF-8 when it is
/// strictly valid UTF-8, not UTF-8 otherwise. A file without a single invalid line is UTF-8; one whose every such line
/// is invalid is GB18030; a file with both is inconsistent and read in the encoding of most of its lines (UTF-8 on a
/// tie), and its other lines are rejected at their line rather than decoding the whole file wrongly.
/// </summary>
internal static class TextEncodingDetector
{
    public const string Utf8 = "UTF-8";
    public const string Gb18030Name = "GB18030";

    private const int BufferBytes = 1 << 20;

    /// <summary>GB18030 with replacement fallbacks, as CsvHelper reads it.</summary>
    public static Encoding Gb18030 { get; } = CreateGb18030(DecoderFallback.ReplacementFallback);

    public static DetectedEncoding Detect(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        Span<byte> bom = stackalloc byte[2];
        var bomLength = stream.ReadAtLeast(bom, 2, throwOnEndOfStream: false);
        if (bomLength == 2 && ((bom[0] == 0xFF && bom[1] == 0xFE) || (bom[0] == 0xFE && bom[1] == 0xFF)))
        {
            // CsvHelper honours UTF-16 and UTF-32 byte order marks itself.
            return new DetectedEncoding("UTF-16", null, null);
        }

        stream.Position = 0;
        return Decide(Count(stream));
    }

    /// <summary>The encoding the lines voted for.</summary>
    public static DetectedEncoding Decide(EncodingLineCounts lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.NotUtf8Lines == 0)
        {
            return new DetectedEncoding(Utf8, null, null) { Lines = lines };
        }

        var utf8 = lines.Utf8Lines >= lines.NotUtf8Lines;
        var chosen = utf8 ? new DetectedEncoding(Utf8, null, null) { Lines = lines } : new DetectedEncoding(Gb18030Name, Gb18030, null) { Lines = lines };
        var mismatched = Count(chosen.MismatchedLines);
        var warning = chosen.Inconsistent
            ? $"the file mixes encodings: {Count(lines.Utf8Lines)} line(s) with non-ASCII text are UTF-8, {Count(lines.NotUtf8Lines)} are not; " +
                $"it is read as {chosen.Name} and its {mismatched} line(s) in another encoding are rejected"
            : chosen.MismatchedLines > 0 ? $"{mismatched} line(s) are valid neither in GB18030 nor in UTF-8; they are rejected" : null;
        return chosen with { Warning = warning };
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static EncodingLineCounts Count(Stream stream)
    {
        // One pass, no allocation per line: lines are classified where they lie in the buffer; an unfinished line is
        // moved to the front for the next read, and the buffer grows only for a line longer than itself.
        var buffer = new byte[BufferBytes];
        var filled = 0;
        var first = true;
        long utf8 = 0, notUtf8 = 0, neither = 0;
        void Classify(ReadOnlySpan<byte> line)
        {
            if (first)
            {
                first = false;
                if (line.StartsWith(LineEncodings.Utf8Bom))
                {
                    line = line[LineEncodings.Utf8Bom.Length..];
                }
            }

            switch (LineEncodings.Classify(line))
            {
                case LineKind.Utf8:
                    utf8++;
                    break;
                case LineKind.Gb18030:
                    notUtf8++;
                    break;
                case LineKind.Neither:
                    notUtf8++;
                    neither++;
                    break;
                default:
                    break;
            }
        }

        while (true)
        {
            var read = stream.Read(buffer, filled, buffer.Length - filled);
            filled += read;
            var start = 0;
            int feed;
            while ((feed = buffer.AsSpan(start, filled - start).IndexOf((byte)'\n')) >= 0)
            {
                Classify(buffer.AsSpan(start, feed));
                start += feed + 1;
            }

            if (read == 0)
            {
                if (filled > start)
                {
                    Classify(buffer.AsSpan(start, filled - start));
                }

                return new EncodingLineCounts(utf8, notUtf8, neither);
            }

            filled = LineBuffer.KeepUnfinished(ref buffer, start, filled);
        }
    }

    private static Encoding CreateGb18030(DecoderFallback decoderFallback)
    {
        // GB18030 is in-box on .NET 10 but only served once the code pages provider is registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(Gb18030Name, EncoderFallback.ReplacementFallback, decoderFallback);
    }
}
