using System.IO.Compression;
using System.Text.Json;
using Supervision.Draws.Drawing;
using Supervision.Draws.Record;

namespace Supervision.Storage.Runs;

/// <summary>
/// The stored form of a draw's exclusions: a JSON array (the record's naming) compressed with gzip. Written without
/// indentation (a quarter less to compress for millions of exclusions); draws stored earlier, indented, read the same.
/// </summary>
internal static class ExclusionsGzip
{
    /// <summary>The compressed exclusions, positioned at their start (segments: no doubling buffer, no final copy).</summary>
    public static SegmentedMemoryStream Compress(IReadOnlyList<Exclusion> exclusions)
    {
        var buffer = new SegmentedMemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(gzip, exclusions, RecordJson.Compact);
        }

        buffer.Position = 0;
        return buffer;
    }

    public static List<Exclusion> Decompress(byte[] stored)
    {
        using var gzip = new GZipStream(new MemoryStream(stored), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<List<Exclusion>>(gzip, RecordJson.Options)
            ?? throw new InvalidDataException("the stored exclusions are empty");
    }
}
