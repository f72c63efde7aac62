using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Supervision.Runs;

/// <summary>
/// The stored form of a <see cref="ChunkSummary"/> in every run store: gzip of its binary form
/// (<see cref="ChunkSummaryBinary"/>); summaries stored earlier as gzip of JSON read the same.
/// </summary>
/// <remarks>Thread-safe: chunks are decompressed side by side.</remarks>
public static class ChunkSummaryGzip
{
    // For the import reports (JSON inside the binary form) and the JSON form: Chinese as UTF-8, not \uXXXX escapes;
    // summaries written escaped read the same.
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    // Readers of candidates with the options that use them, each used by one Decompress at a time (their metadata is
    // built once, not per chunk).
    private static readonly ConcurrentBag<(JsonSerializerOptions Options, DrawCandidateConverter Candidates)> Readers = [];

    // Inflated summaries, reused: one per Decompress running at a time (some megabytes each, kept for the next run's
    // draws rather than allocated again as large objects).
    private static readonly ConcurrentBag<MemoryStream> Inflated = [];

    public static byte[] Compress(ChunkSummary summary)
    {
        using var buffer = new MemoryStream();
        Compress(summary, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the stored form to <paramref name="destination"/> (left open): a reused buffer spares a chunk's
    /// megabytes of large-object allocations.</summary>
    public static void Compress(ChunkSummary summary, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(destination);
        using var gzip = new GZipStream(destination, CompressionLevel.Fastest, leaveOpen: true);

        // Buffered: the writer's many small writes would each be a call into the compressor.
        using var buffered = new BufferedStream(gzip, 1 << 16);
        ChunkSummaryBinary.Write(summary, buffered, Options);
    }

    /// <summary>
    /// The summary, its candidates compact (repeated texts shared, empty lists and maps shared; see
    /// <see cref="ChunkSummaryBinary"/> and, for the JSON form, <see cref="DrawCandidateConverter"/>): a million are held by
    /// the draws job.
    /// </summary>
    public static ChunkSummary Decompress(Stream stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var inflated = Inflated.TryTake(out var reused) ? reused : new MemoryStream();
        try
        {
            inflated.SetLength(0);
            using (var gzip = new GZipStream(stored, CompressionMode.Decompress))
            {
                gzip.CopyTo(inflated);
            }

            var bytes = new ReadOnlySpan<byte>(inflated.GetBuffer(), 0, (int)inflated.Length);
            return ChunkSummaryBinary.IsBinary(bytes) ? ChunkSummaryBinary.Read(bytes, new StringPool(), Options) : ReadJson(bytes);
        }
        finally
        {
            Inflated.Add(inflated);
        }
    }

    private static ChunkSummary ReadJson(ReadOnlySpan<byte> json)
    {
        if (!Readers.TryTake(out var reader))
        {
            var candidates = new DrawCandidateConverter(Options);
            reader = (new JsonSerializerOptions(Options) { Converters = { candidates } }, candidates);
        }

        reader.Candidates.Pool = new StringPool();
        try
        {
            return JsonSerializer.Deserialize<ChunkSummary>(json, reader.Options) ?? throw new InvalidDataException("a stored chunk summary is empty");
        }
        finally
        {
            reader.Candidates.Pool = null;
            Readers.Add(reader);
        }
    }
}
