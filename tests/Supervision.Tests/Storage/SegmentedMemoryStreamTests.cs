using Supervision.Storage.Runs;

namespace Supervision.Tests.Storage;

/// <summary>The segmented stream reads back exactly what was written, across segment boundaries, like a MemoryStream.</summary>
public sealed class SegmentedMemoryStreamTests
{
    public static TheoryData<int, int, int> Shapes => new()
    {
        // bytes, segment size, read chunk
        { 0, 7, 3 },
        { 1, 7, 3 },
        { 7, 7, 7 },
        { 8, 7, 1 },
        { 1000, 7, 64 },
        { 1000, 64, 7 },
        { 4096, 1024, 4096 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void WrittenInPieces_ReadsBackTheSameBytes(int bytes, int segmentSize, int readChunk)
    {
        var data = Bytes(bytes);
        using var stream = new SegmentedMemoryStream(segmentSize);

        // Uneven writes, so that they start and end anywhere in a segment.
        for (var at = 0; at < data.Length;)
        {
            var take = Math.Min(data.Length - at, 1 + (at % 13));
            stream.Write(data, at, take);
            at += take;
        }

        Assert.Equal(bytes, stream.Length);
        Assert.Equal(bytes, stream.Position);
        stream.Position = 0;
        var read = new MemoryStream();
        var buffer = new byte[readChunk];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            read.Write(buffer, 0, n);
        }

        Assert.Equal(data, read.ToArray());
        Assert.Equal(data, stream.ToArray());
        Assert.Equal(bytes, stream.Position);
    }

    [Fact]
    public async Task CopyToAsync_AfterSeeking_ReadsFromThere()
    {
        var data = Bytes(5000);
        await using var stream = new SegmentedMemoryStream(100);
        await stream.WriteAsync(data);

        Assert.Equal(1234, stream.Seek(1234, SeekOrigin.Begin));
        Assert.Equal(1334, stream.Seek(100, SeekOrigin.Current));
        Assert.Equal(4990, stream.Seek(-10, SeekOrigin.End));
        stream.Position = 250;
        using var rest = new MemoryStream();
        await stream.CopyToAsync(rest);

        Assert.Equal(data[250..], rest.ToArray());
    }

    [Fact]
    public void Write_NotAtTheEnd_IsRefused()
    {
        using var stream = new SegmentedMemoryStream(4);
        stream.Write(Bytes(10));
        stream.Position = 3;

        Assert.Throws<NotSupportedException>(() => stream.WriteByte(1));
        Assert.Throws<NotSupportedException>(() => stream.SetLength(2));
        Assert.Equal(10, stream.Length);
    }

    [Fact]
    public void Position_OutsideTheBytes_IsRefused()
    {
        using var stream = new SegmentedMemoryStream(4);
        stream.Write(Bytes(10));

        Assert.Throws<ArgumentOutOfRangeException>(() => stream.Position = 11);
        Assert.Throws<ArgumentOutOfRangeException>(() => stream.Seek(-1, SeekOrigin.Begin));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SegmentedMemoryStream(0));
    }

    private static byte[] Bytes(int count) => [.. Enumerable.Range(0, count).Select(i => (byte)(i * 31 + (i >> 8)))];
}
