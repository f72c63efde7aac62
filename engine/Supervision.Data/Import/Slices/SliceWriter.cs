using System.Buffers;
using Supervision.Model.Import;

namespace Supervision.Data.Import.Slices;

/// <summary>Collects the lines of one file for one chunk and hands them on in parts of a bounded size, the header first.</summary>
internal sealed class SliceWriter
{
    private readonly ArrayBufferWriter<byte> content = new(64 * 1024);
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
    public SliceWriter(int chunkNo, string fileName, string path, DetectedEncoding encoding, int partBytes, (byte[] Line, int LineNo)? header)
    {
        (this.chunkNo, this.fileName, this.path, this.encoding, this.partBytes) = (chunkNo, fileName, path, encoding, partBytes);
        if (header is { } first)
        {
            content.Write(first.Line);
            content.Write("\n"u8);
            lines.Add(first.LineNo);
        }
    }

    /// <summary>Appends one line (without its line feed) and its line number in the file.</summary>
    /// <returns>A full part to hand on, or null.</returns>
    public InputSlice? Add(ReadOnlySpan<byte> line, int lineNo)
    {
        content.Write(line);
        content.Write("\n"u8);
        lines.Add(lineNo);
        return content.WrittenCount >= partBytes ? Cut() : null;
    }

    /// <summary>Notes a unique key of one of this slice's lines that first appeared on <paramref name="firstLine"/> of another chunk.</summary>
    public void AddEarlierKey(string key, int firstLine)
    {
        earlierKeys.Add(key);
        earlierLines.Add(firstLine);
    }

    /// <summary>What is left: always a part when nothing was handed on yet, so that every chunk has the file's header.</summary>
    public InputSlice? Finish() => lines.Count > 0 || part == 0 || earlierKeys.Count > 0 ? Cut() : null;

    private InputSlice Cut()
    {
        var slice = new InputSlice(chunkNo, fileName, part++, path, encoding.Name, encoding.Warning, content.WrittenSpan.ToArray(), [.. lines],
            EarlierKeys: [.. earlierKeys], EarlierLines: [.. earlierLines]);
        content.ResetWrittenCount();
        lines.Clear();
        earlierKeys.Clear();
        earlierLines.Clear();
        return slice;
    }
}
