namespace Supervision.Data.Import.Slices;

/// <summary>
/// Reads several byte arrays one after the other as one stream, without copying them into one buffer: a chunk's slice
/// of a file arrives in parts of up to 8 MB, and joining them cost a large-object allocation per file per chunk (and the
/// full collections those bring on).
/// </summary>
internal sealed class ConcatenatedStream(IReadOnlyList<ReadOnlyMemory<byte>> parts) : Stream
{
    private int part;
    private int offset;
    private long position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = 0;
        while (read < buffer.Length && part < parts.Count)
        {
            var source = parts[part].Span[offset..];
            var n = Math.Min(source.Length, buffer.Length - read);
            source[..n].CopyTo(buffer[read..]);
            read += n;
            offset += n;
            if (offset == parts[part].Length)
            {
                part++;
                offset = 0;
            }
        }

        position += read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
