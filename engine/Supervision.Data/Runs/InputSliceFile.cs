using System.Runtime.InteropServices;
using System.Text;
using Supervision.Model.Import;

namespace Supervision.Data.Runs;

/// <summary>An input slice as a file of the embedded run store: a small binary header, the line numbers, the bytes.</summary>
internal static class InputSliceFile
{
    // 3 added the file's lines by encoding after the earlier keys; files of version 2 are read with none.
    private const int Version = 3;
    private const int VersionWithoutEncodingLines = 2;

    public static void Write(Stream stream, InputSlice slice)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Version);
        writer.Write(slice.ChunkNo);
        writer.Write(slice.FileName);
        writer.Write(slice.Part);
        writer.Write(slice.Path);
        writer.Write(slice.Encoding);
        writer.Write(slice.EncodingWarning ?? "");
        writer.Write(slice.EncodingWarning is not null);
        writer.Write(slice.Missing);
        writer.Write(slice.Lines.Length);
        writer.Write(MemoryMarshal.AsBytes(slice.Lines.AsSpan()));
        writer.Write(slice.Content.Length);
        writer.Write(slice.Content.Span);
        var keys = slice.EarlierKeys ?? [];
        writer.Write(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            writer.Write(keys[i]);
            writer.Write(slice.EarlierLines![i]);
        }

        var lines = slice.EncodingLines ?? EncodingLineCounts.None;
        writer.Write(lines.Utf8Lines);
        writer.Write(lines.NotUtf8Lines);
        writer.Write(lines.NeitherLines);
    }

    /// <param name="path">The slice's file.</param>
    /// <param name="rentContent">Gives the array the content is read into (at least as long as asked), or null for a new one.</param>
    public static InputSlice Read(string path, Func<int, byte[]>? rentContent = null)
    {
        using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
        var version = reader.ReadInt32();
        if (version is not (Version or VersionWithoutEncodingLines))
        {
            throw new InvalidDataException($"{path}: not an input slice of this version");
        }

        var (chunkNo, fileName, part, filePath, encoding) = (reader.ReadInt32(), reader.ReadString(), reader.ReadInt32(), reader.ReadString(), reader.ReadString());
        var warning = reader.ReadString();
        var hasWarning = reader.ReadBoolean();
        var missing = reader.ReadBoolean();
        var lines = new int[reader.ReadInt32()];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(lines.AsSpan()));
        var length = reader.ReadInt32();
        var content = rentContent?.Invoke(length) ?? new byte[length];
        reader.BaseStream.ReadExactly(content, 0, length);
        var earlierKeys = new string[reader.ReadInt32()];
        var earlierLines = new int[earlierKeys.Length];
        for (var i = 0; i < earlierKeys.Length; i++)
        {
            earlierKeys[i] = reader.ReadString();
            earlierLines[i] = reader.ReadInt32();
        }

        var encodingLines = version == Version ? new EncodingLineCounts(reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64()) : null;
        return new InputSlice(chunkNo, fileName, part, filePath, encoding, hasWarning ? warning : null, content.AsMemory(0, length), lines, missing, earlierKeys, earlierLines,
            encodingLines);
    }
}
