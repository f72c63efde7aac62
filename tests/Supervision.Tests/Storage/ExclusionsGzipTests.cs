using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Supervision.Draws.Drawing;
using Supervision.Draws.Record;
using Supervision.Storage.Runs;

namespace Supervision.Tests.Storage;

/// <summary>The stored exclusions: a JSON array without indentation, gzip-compressed; the earlier indented form reads the same.</summary>
public sealed class ExclusionsGzipTests
{
    public static TheoryData<int> Counts => [0, 1, 2, 1000];

    [Theory]
    [MemberData(nameof(Counts))]
    public void Compress_AnyCount_InflatesToTheCompactArrayAndReadsBack(int count)
    {
        var exclusions = Exclusions(count);

        using var compressed = ExclusionsGzip.Compress(exclusions);
        var stored = compressed.ToArray();

        Assert.Equal(JsonSerializer.Serialize(exclusions, RecordJson.Compact), Inflate(stored));
        Assert.Equal(exclusions, ExclusionsGzip.Decompress(stored));
    }

    [Fact]
    public void Decompress_TheEarlierIndentedForm_ReadsTheSame()
    {
        var exclusions = Exclusions(1000);
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(gzip, exclusions, RecordJson.Options);
        }

        Assert.Equal(exclusions, ExclusionsGzip.Decompress(buffer.ToArray()));
    }

    private static List<Exclusion> Exclusions(int count)
        => [.. Enumerable.Range(0, count).Select(i => new Exclusion(i % 3 == 0 ? "P-1" : "P-2", "9121080000" + i.ToString("D8", System.Globalization.CultureInfo.InvariantCulture),
            i % 5 == 0 ? "dormant (歇业): desk review \"instead\"" : "outside the plan's scope", i % 5 == 0))];

    private static string Inflate(byte[] stored)
    {
        using var gzip = new GZipStream(new MemoryStream(stored), CompressionMode.Decompress);
        using var json = new MemoryStream();
        gzip.CopyTo(json);
        return Encoding.UTF8.GetString(json.ToArray());
    }
}
