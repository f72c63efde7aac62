namespace Supervision.Storage.Runs;

/// <summary>
/// An in-memory stream kept in fixed-size segments: written once from the start, then read (and sought) like a
/// <see cref="MemoryStream"/>. For values of a hundred megabytes that go to PostgreSQL as a stream parameter.
/// </summary>
/// <remarks>
/// Why not a <see cref="MemoryStream"/> or <c>SerializeToUtf8Bytes</c>: both grow one array by doubling and copy it at
/// the end, so a draw record of 120 MB passed through buffers of 128 and 256 MB (pooled, and kept by the pool) plus its
/// final copy. Segments are never copied; the last one is the only one partly empty.
/// </remarks>
internal sealed class SegmentedMemoryStream : Stream
{
    private const int DefaultSegmentSize = 1 << 20;
    private readonly List<byte[]> segments = [];
    private readonly int segmentSize;
    private long length;
    private long position;

    /// <param name="segmentSize">Bytes per segment; the default (1 MiB) puts every segment on the large object heap, which ordinary collections do not compact.</param>
    public SegmentedMemoryStream(int segmentSize = DefaultSegmentSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(segmentSize);
        this.segmentSize = segmentSize;
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length => length;

    public override long Position
    {
        get => position;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, length);
            position = value;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = 0;
        while (read < buffer.Length && position < length)
        {
            var segment = segments[(int)(position / segmentSize)];
            var at = (int)(position % segmentSize);
            var take = (int)Math.Min(Math.Min(buffer.Length - read, segmentSize - at), length - position);
            segment.AsSpan(at, take).CopyTo(buffer[read..]);
            read += take;
            position += take;
        }

        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Read(buffer.AsSpan(offset, count)));
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(buffer.Span));
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <exception cref="NotSupportedException">The position is not at the end: the stream is written once, by appending.</exception>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (position != length)
        {
            throw new NotSupportedException("a segmented memory stream is written by appending only");
        }

        while (!buffer.IsEmpty)
        {
            var at = (int)(length % segmentSize);
            if (at == 0 && length / segmentSize == segments.Count)
            {
                segments.Add(GC.AllocateUninitializedArray<byte>(segmentSize));
            }

            var take = Math.Min(buffer.Length, segmentSize - at);
            buffer[..take].CopyTo(segments[^1].AsSpan(at));
            buffer = buffer[take..];
            length += take;
        }

        position = length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => position + offset,
            SeekOrigin.End => length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        return position;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <exception cref="NotSupportedException">Always: the stream only grows by writing.</exception>
    public override void SetLength(long value) => throw new NotSupportedException("a segmented memory stream only grows by writing");

    /// <summary>Every byte written, as one array (for callers that need an array; the point of the type is not to).</summary>
    public byte[] ToArray()
    {
        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)length));
        var saved = position;
        position = 0;
        ReadExactly(bytes);
        position = saved;
        return bytes;
    }
}
