namespace Supervision.Data.Import;

/// <summary>
/// Passes a file's bytes on to CsvHelper unchanged and checks each line it passes against the encoding the file is read
/// with, so that a line in another encoding is known by its number before CsvHelper hands over the record decoded
/// wrongly (or with U+FFFD in it).
/// </summary>
/// <remarks>
/// Only used for files whose detection found such lines: the others pay nothing. Lines are those of the stream (1 for
/// its first), cut at line feeds as the detector and the nightly partitioner cut them. Problems are kept until taken,
/// and CsvHelper takes records in order, so only those of the lines read ahead are held. Not thread-safe.
/// </remarks>
internal sealed class LineCheckingStream(Stream inner, bool gb18030) : Stream
{
    private readonly Dictionary<long, LineEncodingProblem> problems = [];
    private byte[] carry = new byte[4096];
    private int carried;
    private long line;

    /// <summary>Takes the problem of the stream's line <paramref name="streamLine"/>, if it has one.</summary>
    public bool TryTake(long streamLine, out LineEncodingProblem problem) => problems.Remove(streamLine, out problem);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Scan(buffer[..read], read == 0 && buffer.Length > 0);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Scan(buffer.Span[..read], read == 0 && buffer.Length > 0);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void Scan(ReadOnlySpan<byte> bytes, bool end)
    {
        int feed;
        while ((feed = bytes.IndexOf((byte)'\n')) >= 0)
        {
            if (carried > 0)
            {
                Carry(bytes[..feed]);
                Check(carry.AsSpan(0, carried));
                carried = 0;
            }
            else
            {
                Check(bytes[..feed]);
            }

            bytes = bytes[(feed + 1)..];
        }

        // Only a line cut by the end of a read is copied, to be checked once its end arrives.
        Carry(bytes);
        if (end && carried > 0)
        {
            Check(carry.AsSpan(0, carried));
            carried = 0;
        }
    }

    private void Carry(ReadOnlySpan<byte> bytes)
    {
        if (carried + bytes.Length > carry.Length)
        {
            Array.Resize(ref carry, Math.Max(carried + bytes.Length, carry.Length * 2));
        }

        bytes.CopyTo(carry.AsSpan(carried));
        carried += bytes.Length;
    }

    private void Check(ReadOnlySpan<byte> text)
    {
        line++;
        if (line == 1 && text.StartsWith(LineEncodings.Utf8Bom))
        {
            text = text[LineEncodings.Utf8Bom.Length..];
        }

        if (LineEncodings.Check(text, gb18030) is { } problem)
        {
            problems[line] = problem;
        }
    }
}
