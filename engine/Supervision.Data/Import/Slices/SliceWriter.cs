using Supervision.Model.Import;

namespace Supervision.Data.Import.Slices;

/// <summary>Collects the lines of one file for one chunk and hands them on in parts of a bounded size, the header first.</summary>
internal sealed class SliceWriter
{
    private const int FirstBufferBytes = 64 * 1024;

    private readonly SliceBuffers buffers;
    private byte[] content = [];
    private int written;
    private readonly List<int> lines = [];
    private readonly List<string> earlierKeys = [];
    private readonly List<int> earlierLines = [];
    private readonly int chunkNo;
    private readonly string fileName;
    private readonly string path;
    private readonly DetectedEncoding encoding;
    private readonly int partBytes;
    private int part;

    /// <param name="chunkNo">The chunk the slices are for.</param>
    /// <param name="fileName">The file's name.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="encoding">The encoding detected on the whole file.</param>
    /// <param name="partBytes">Bytes after which a part is cut.</param>
    /// <param name="header">The file's header line and its line number, or null when the file has no line.</param>
    /// <param name="buffers">Where the writer's arrays come from.</param>
    public SliceWriter(int chunkNo, string fileName, string path, DetectedEncoding encoding, int partBytes, (byte[] Line, int LineNo)? header, SliceBuffers buffers)
    {
        this.buffers = buffers;
        (this.chunkNo, this.fileName, this.path, this.encoding, this.partBytes) = (chunkNo, fileName, path, encoding, partBytes);
        if (header is { } first)
        {
            Append(first.Line);
            lines.Add(first.LineNo);
        }
    }

    /// <summary>Appends one line (without its line feed) and its line number in the file.</summary>
    /// <returns>A full part to hand on (the lines before this one), or null.</returns>
    public InputSlice? Add(ReadOnlySpan<byte> line, int lineNo)
    {
        // A part is cut before it would pass partBytes, so that parts fit the pooled arrays.
        var full = lines.Count > 0 && written + line.Length + 1 > partBytes ? Cut() : null;
        Append(line);
        lines.Add(lineNo);
        return full;
    }

    /// <summary>Notes a unique key of one of this slice's lines that first appeared on <paramref name="firstLine"/> of another chunk.</summary>
    public void AddEarlierKey(string key, int firstLine)
    {
        earlierKeys.Add(key);
        earlierLines.Add(firstLine);
    }

    /// <summary>What is left: always a part when nothing was handed on yet, so that every chunk has the file's header.</summary>
    public InputSlice? Finish() => lines.Count > 0 || part == 0 || earlierKeys.Count > 0 ? Cut() : null;

    private void Append(ReadOnlySpan<byte> line)
    {
        var needed = written + line.Length + 1;
        if (needed > content.Length)
        {
            // Grown by doubling through the pool, from a small start: a night of many small chunks keeps many writers.
            var larger = buffers.Rent(Math.Max(needed, Math.Max(FirstBufferBytes, Math.Min(2 * content.Length, partBytes))));
            content.AsSpan(0, written).CopyTo(larger);
            if (content.Length > 0)
            {
                buffers.Return(content);
            }

            content = larger;
        }

        line.CopyTo(content.AsSpan(written));
        content[written + line.Length] = (byte)'\n';
        written = needed;
    }

    private InputSlice Cut()
    {
        // The part takes the buffer itself (no copy); whoever stores it gives it back to SliceBuffers.
        var slice = new InputSlice(chunkNo, fileName, part++, path, encoding.Name, encoding.Warning, content.AsMemory(0, written), [.. lines],
            EarlierKeys: [.. earlierKeys], EarlierLines: [.. earlierLines], EncodingLines: encoding.Lines);
        content = [];
        written = 0;
        lines.Clear();
        earlierKeys.Clear();
        earlierLines.Clear();
        return slice;
    }
}
