using System.Security.Cryptography;

namespace Supervision.Data.Import.Slices;

/// <summary>Cuts a byte stream into lines at each line feed, numbering them from 1, without decoding it.</summary>
/// <remarks>
/// Safe for UTF-8 and GB18030: in both, the byte 0x0A only ever encodes a line feed. A carriage return before the line
/// feed stays part of the line. Each line is valid until the next one is read.
/// </remarks>
internal static class LineSplitter
{
    /// <param name="stream">The bytes.</param>
    /// <param name="hash">Also receives every byte read, when given (the file's fingerprint in the same pass).</param>
    /// <param name="bufferBytes">Read size; a longer line grows the buffer.</param>
    public static IEnumerable<(ReadOnlyMemory<byte> Line, int LineNo)> Lines(Stream stream, IncrementalHash? hash = null, int bufferBytes = 1 << 20)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[bufferBytes];
        var filled = 0;
        var lineNo = 0;
        while (true)
        {
            var read = stream.Read(buffer, filled, buffer.Length - filled);
            hash?.AppendData(buffer, filled, read);
            filled += read;
            var start = 0;
            while (true)
            {
                var feed = buffer.AsSpan(start, filled - start).IndexOf((byte)'\n');
                if (feed < 0)
                {
                    break;
                }

                yield return (buffer.AsMemory(start, feed), ++lineNo);
                start += feed + 1;
            }

            if (read == 0)
            {
                if (filled > start)
                {
                    yield return (buffer.AsMemory(start, filled - start), ++lineNo);
                }

                yield break;
            }

            filled = LineBuffer.KeepUnfinished(ref buffer, start, filled);
        }
    }
}
