using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Supervision.Data.Import;

/// <summary>
/// Classifies single lines by their bytes. The detector counts lines with it to decide a file's encoding, and the
/// reader checks lines with it against that decision: one function, so that both always agree on every line.
/// </summary>
/// <remarks>Allocation-free: a detector pass over a gigabyte calls it for every line.</remarks>
internal static class LineEncodings
{
    /// <summary>The UTF-8 byte order mark, which is no part of the first line's text.</summary>
    public static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    // GB18030 four-byte sequences, numbered from 81 30 81 30: those up to 84 31 A4 39 map the rest of the BMP, those
    // from 90 30 81 30 to E3 32 9A 35 the supplementary planes. .NET's decoder reads the others as nothing at all,
    // without a fallback: they are refused here, so that no bytes of a field vanish unreported.
    private const int LastBmpFourByte = 39_419;
    private const int FirstSupplementaryFourByte = 189_000;
    private const int LastSupplementaryFourByte = 1_237_575;

    public static LineKind Classify(ReadOnlySpan<byte> line)
    {
        var first = line.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
        if (first < 0)
        {
            return LineKind.Ascii;
        }

        var rest = line[first..];
        if (Utf8.IsValid(rest))
        {
            return LineKind.Utf8;
        }

        return FirstInvalidGb18030(rest) < 0 ? LineKind.Gb18030 : LineKind.Neither;
    }

    /// <summary>
    /// The problem with a line in a file read as GB18030 (<paramref name="gb18030"/>) or UTF-8, or null when it reads
    /// well. A UTF-8 line in a GB18030 file is a problem although GB18030 decodes it: into the wrong characters.
    /// </summary>
    public static LineEncodingProblem? Check(ReadOnlySpan<byte> line, bool gb18030)
    {
        var kind = Classify(line);
        int offset;
        switch (kind)
        {
            case LineKind.Ascii:
                return null;
            case LineKind.Utf8:
                if (!gb18030)
                {
                    return null;
                }

                offset = line.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
                break;
            case LineKind.Gb18030:
                if (gb18030)
                {
                    return null;
                }

                offset = FirstInvalidUtf8(line);
                break;
            default:
                offset = gb18030 ? FirstInvalidGb18030(line) : FirstInvalidUtf8(line);
                break;
        }

        return new LineEncodingProblem(kind, FieldAt(line, offset), offset);
    }

    /// <summary>Offset of the first byte that does not start a valid UTF-8 sequence, or -1.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> line) => FirstInvalid(line, gb18030: false);

    /// <summary>Offset of the first byte that does not start a valid GB18030 sequence, or -1.</summary>
    public static int FirstInvalidGb18030(ReadOnlySpan<byte> line) => FirstInvalid(line, gb18030: true);

    // ASCII runs are skipped at vector speed; each multi-byte sequence is then measured in the encoding asked for.
    private static int FirstInvalid(ReadOnlySpan<byte> line, bool gb18030)
    {
        var at = 0;
        while (at < line.Length)
        {
            var ascii = line[at..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
            {
                return -1;
            }

            at += ascii;
            var length = gb18030 ? Gb18030SequenceLength(line[at..]) : Utf8SequenceLength(line[at..]);
            if (length == 0)
            {
                return at;
            }

            at += length;
        }

        return -1;
    }

    // The length of the valid UTF-8 sequence at the start of bytes, or 0.
    private static int Utf8SequenceLength(ReadOnlySpan<byte> bytes)
        => Rune.DecodeFromUtf8(bytes, out _, out var consumed) == OperationStatus.Done ? consumed : 0;

    // The length of the valid multi-byte sequence at the start of bytes (whose first byte is not ASCII), or 0.
    private static int Gb18030SequenceLength(ReadOnlySpan<byte> bytes)
    {
        var lead = bytes[0];
        if (lead is 0x80 or 0xFF || bytes.Length < 2)
        {
            return 0;
        }

        var second = bytes[1];
        if (second is (>= 0x40 and <= 0x7E) or (>= 0x80 and <= 0xFE))
        {
            return 2;
        }

        if (second is < 0x30 or > 0x39 || bytes.Length < 4 || bytes[2] is < 0x81 or > 0xFE || bytes[3] is < 0x30 or > 0x39)
        {
            return 0;
        }

        var index = ((((lead - 0x81) * 10) + (second - 0x30)) * 1260) + ((bytes[2] - 0x81) * 10) + (bytes[3] - 0x30);
        return index <= LastBmpFourByte || index is >= FirstSupplementaryFourByte and <= LastSupplementaryFourByte ? 4 : 0;
    }

    // Commas and double quotes are ASCII, and neither UTF-8 nor GB18030 uses ASCII bytes inside a multi-byte character
    // (GB18030 uses 0x30-0x39 and 0x40-0x7E, never these two), so fields are counted on the bytes.
    private static int FieldAt(ReadOnlySpan<byte> line, int offset)
    {
        var field = 0;
        var quoted = false;
        foreach (var b in line[..Math.Max(0, offset)])
        {
            if (b == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (b == (byte)',' && !quoted)
            {
                field++;
            }
        }

        return field;
    }
}
