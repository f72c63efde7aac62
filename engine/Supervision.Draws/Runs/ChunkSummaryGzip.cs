using System.IO.Compression;
using System.Text.Json;

namespace Supervision.Draws.Runs;

/// <summary>The stored form of a <see cref="ChunkSummary"/> in every run store: JSON compressed with gzip.</summary>
public static class ChunkSummaryGzip
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static byte[] Compress(ChunkSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(gzip, summary, Options);
        }

        return buffer.ToArray();
    }

    public static ChunkSummary Decompress(Stream stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        using var gzip = new GZipStream(stored, CompressionMode.Decompress);
        return JsonSerializer.Deserialize<ChunkSummary>(gzip, Options) ?? throw new InvalidDataException("a stored chunk summary is empty");
    }
}
