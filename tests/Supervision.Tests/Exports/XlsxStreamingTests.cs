using Supervision.Data.Exports;
using Supervision.Tests.Import;

namespace Supervision.Tests.Exports;

/// <summary>
/// Proves that the workbook streams without timing anything: bytes reach a non-seekable stream long before the last row
/// is pulled, and the rows read back all arrive (the 1,000,000-row time and memory are measured by
/// Supervision.Benchmarks --export).
/// </summary>
public sealed class XlsxStreamingTests
{
    private const int RowCount = 200_000;

    [Fact]
    public async Task WriteAsync_ManyRows_BytesLeaveBeforeTheLastRowAndAllRowsReadBack()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "big.xlsx");
        await using var file = File.Create(path);
        var stream = new ForwardOnlyStream(file);
        long bytesAtThreeQuarters = -1;
        IEnumerable<IReadOnlyList<object?>> Rows()
        {
            for (var i = 0; i < RowCount; i++)
            {
                if (i == RowCount * 3 / 4)
                {
                    bytesAtThreeQuarters = stream.Written;
                }

                yield return [(long)i, i % 2 == 0 ? "黄浦区" : "=1+1", i / 7.0];
            }
        }

        ReportTable table = new("明细", [new("序号", ReportCellKind.Integer), new("区域", ReportCellKind.Text), new("分值", ReportCellKind.Decimal)], Rows());

        await XlsxExport.WriteAsync(stream, [table], CancellationToken.None);
        await file.DisposeAsync();

        Assert.True(bytesAtThreeQuarters > 500_000, $"only {bytesAtThreeQuarters} bytes written when 3/4 of the rows had been pulled: the rows were buffered");
        Assert.Equal(RowCount + 1, Openpyxl.CountRows(path).GetProperty("明细").GetInt32());
    }

    /// <summary>A write-only, non-seekable stream (like an HTTP response) that counts what it passes on.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public long Written { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Written; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            inner.Write(buffer, offset, count);
            Written += count;
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await inner.WriteAsync(buffer, cancellationToken);
            Written += buffer.Length;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
